package io.outturn.query.admin;

/**
 * One segment of a projection: what it is doing on this instance, its position in the event stream, and its error
 * when its last batch failed.
 */
public record SegmentStatus(int segment, State state, Long position, boolean caughtUp, boolean replaying,
                            Long replayUntil, SegmentError error) {

    public enum State {
        /** This instance processes the segment. */
        PROCESSING,
        /** The segment's last batch on this instance failed; it is retried with back-off. */
        FAILED,
        /** This instance does not hold the segment: another instance does, or it waits to be claimed. */
        ELSEWHERE
    }
}
