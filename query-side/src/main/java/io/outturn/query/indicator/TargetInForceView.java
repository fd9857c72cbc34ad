package io.outturn.query.indicator;

import io.outturn.values.Target;

import java.time.Instant;

/**
 * A target as it stood: set by the event with {@code eventId}, which brought the indicator to {@code version},
 * recorded at {@code recordedAt} by {@code actor} for {@code reason}.
 */
record TargetInForceView(
        String indicatorId,
        String fy,
        Target target,
        String printed,
        long version,
        Instant recordedAt,
        String actor,
        String reason,
        String eventId) {
}
