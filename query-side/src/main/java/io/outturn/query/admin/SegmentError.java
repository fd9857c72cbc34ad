package io.outturn.query.admin;

import io.outturn.query.config.ProjectionFailure;
import io.outturn.query.config.SegmentFailures;

import java.time.Instant;

/**
 * Why a segment failed, as an operator reads it: a stable code, a short message, since when (null when unknown)
 * and how many batches in a row failed. Java types and stack traces stay in the log.
 */
public record SegmentError(ProjectionFailure.Code code, String message, Instant since, int attempts) {

    static SegmentError of(SegmentFailures.Failure failure) {
        return new SegmentError(failure.failure().code(), failure.failure().message(), failure.since(),
                failure.attempts());
    }

    static SegmentError of(ProjectionFailure failure) {
        return new SegmentError(failure.code(), failure.message(), null, 1);
    }
}
