package io.outturn.query.admin;

/** One segment claimed by this instance: its position in the event stream and what it is doing. */
public record SegmentStatus(int segment, Long position, boolean caughtUp, boolean replaying, Long replayUntil,
                            String error) {
}
