package io.outturn.ledger;

/** A hash a signed checkpoint recorded for one event: the store must still hold that event with that hash. */
public record Pin(long checkpoint, String hash) {
}
