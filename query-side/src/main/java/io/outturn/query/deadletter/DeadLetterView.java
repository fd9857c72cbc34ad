package io.outturn.query.deadletter;

import io.outturn.query.config.ProjectionFailure;

import java.time.Instant;

/**
 * One event a projection has set aside: which event (its identifier, type, aggregate and sequence in it), why (the
 * failure's stable code and short message; null for an event queued only because an earlier event of its aggregate
 * is), when it was set aside and when last tried.
 */
public record DeadLetterView(String eventId, String type, String aggregateId, Long sequence,
                             ProjectionFailure.Code code, String cause, Instant enqueuedAt, Instant lastTouched) {
}
