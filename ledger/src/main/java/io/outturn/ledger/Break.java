package io.outturn.ledger;

/** The first broken link of one aggregate's chain: where, what, and the figures that show it. */
public record Break(String aggregateId, long sequence, Problem problem, String detail) {

    @Override
    public String toString() {
        return aggregateId + " sequence " + sequence + ": " + problem.text() + ": " + detail;
    }
}
