package io.outturn.query.deadletter;

/**
 * What a retry did: how many aggregates' queued events were tried, for how many every event now applied (they
 * left the queue), and how many dead letters remain.
 */
public record RetryOutcome(String projection, int aggregatesTried, int aggregatesApplied, long remaining) {
}
