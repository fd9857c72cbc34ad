package io.outturn.ledger;

/** What can be wrong with a link of the ledger. */
public enum Problem {
    /** The event's contents do not hash to the hash stored with it: something in it was changed. */
    HASH_MISMATCH("hash mismatch"),
    /** The event names a previous hash that is not the hash of the aggregate's event before it. */
    PREVIOUS_MISMATCH("previous mismatch"),
    /** A sequence number is missing: an event was deleted, or the store ends before a checkpoint's head. */
    MISSING("missing"),
    /** The aggregate's events were stored in another order than their sequence numbers say. */
    OUT_OF_ORDER("out of order"),
    /** The event has no ledger hash although the aggregate's earlier events do. */
    HASH_ABSENT("hash absent"),
    /** A checkpoint recorded another hash for this event than the event has now. */
    CHECKPOINT_MISMATCH("checkpoint mismatch"),
    /** A checkpoint itself is not valid: numbering, previous checkpoint, signature or Merkle root. */
    CHECKPOINT_INVALID("checkpoint invalid");

    private final String text;

    Problem(String text) {
        this.text = text;
    }

    /** How a report names it. */
    public String text() {
        return text;
    }
}
