package io.outturn.ledger;

import java.util.Objects;

/** An aggregate's newest event as the ledger knows it: its sequence and its hash. */
public record Head(String aggregateId, long sequence, String hash) {

    public Head {
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(hash, "hash");
    }
}
