package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a proposed target revision awaiting a second person's approval. Path-safe: 1-64 of {@code [A-Za-z0-9._-]}. */
public record ProposalId(String value) {

    public ProposalId {
        Identifiers.requirePathSafe(value, "proposal id");
    }

    @JsonCreator
    public static ProposalId of(String value) {
        return new ProposalId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
