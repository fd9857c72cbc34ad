package io.outturn.ledger;

/** One link of an aggregate's chain: an event's sequence, the previous hash it names, and its own hash. */
public record Link(long sequence, String previous, String hash) {

    /** As {@code chain.txt} writes it: {@code <sequence> <previous> <hash>}. */
    public String line() {
        return sequence + " " + previous + " " + hash;
    }
}
