package io.outturn.query.indicator;

import io.outturn.values.Target;

import java.time.Instant;

/**
 * One change to a target: what it became ({@code target} null and {@code withdrawn} true for a withdrawal),
 * what it was before, who changed it, why and when; {@code version} is the indicator's version after it.
 */
record TargetHistoryEntry(
        long version,
        Target target,
        String printed,
        Target previous,
        String previousPrinted,
        boolean withdrawn,
        String actor,
        String reason,
        Instant recordedAt,
        String eventId) {
}
