package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A savings programme's identifier. Path-safe: 1-64 of {@code [A-Za-z0-9._-]}. */
public record ProgrammeId(String value) {

    public ProgrammeId {
        Identifiers.requirePathSafe(value, "programme id");
    }

    @JsonCreator
    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
