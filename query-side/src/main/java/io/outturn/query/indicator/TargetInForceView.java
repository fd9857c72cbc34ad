package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.outturn.query.eventstore.Basis;
import io.outturn.values.PrintedTarget;

import java.time.Instant;

/**
 * The target in force (API.md, {@code GET /api/indicators/{id}/targets/{fy}}): set by the event with
 * {@code eventId}, which brought the indicator to {@code version}, recorded at {@code recordedAt} by {@code actor}
 * for {@code reason}, and in force from {@code effectiveFrom} (as histories show it: when the organisation adopted
 * it, or when it was recorded for an event that gives no date). The target and its printed text are answered side
 * by side, {@code target} and {@code printed}; {@code basis}, the axes the answer was built on, is absent from the
 * target in force now.
 */
record TargetInForceView(
        String indicatorId,
        String fy,
        @JsonUnwrapped PrintedTarget target,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant effectiveFrom,
        long version,
        Instant recordedAt,
        String actor,
        String reason,
        String eventId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Basis basis) {
}
