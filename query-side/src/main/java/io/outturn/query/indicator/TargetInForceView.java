package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.outturn.values.PrintedTarget;

import java.time.Instant;

/**
 * The target in force at a moment (API.md, {@code GET /api/indicators/{id}/targets/{fy}}): set by the event with
 * {@code eventId}, which brought the indicator to {@code version}, recorded at {@code recordedAt} by {@code actor}
 * for {@code reason}. The target and its printed text are answered side by side, {@code target} and
 * {@code printed}.
 */
record TargetInForceView(
        String indicatorId,
        String fy,
        @JsonUnwrapped PrintedTarget target,
        long version,
        Instant recordedAt,
        String actor,
        String reason,
        String eventId) {
}
