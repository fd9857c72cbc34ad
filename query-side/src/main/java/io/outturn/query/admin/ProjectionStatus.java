package io.outturn.query.admin;

import java.util.List;

/**
 * Where one projection (processing group) stands. {@code position} is the lowest global index its segments have
 * processed (a failed segment counts with the position it is stuck at), {@code head} the global index of the newest
 * event in the store (null when both are unknown, e.g. an empty store); {@code progressPercent} is position against
 * head, never 100 while a segment has failed or not caught up, and {@code replayProgressPercent} the same against
 * the position the replay has to reach (100 when not replaying). {@code caughtUp} holds when every segment this
 * instance processes has caught up and none has failed; {@code deadLetters} counts the events set aside in the
 * projection's dead-letter queue, and {@code error} is the first failed segment's error (null when none).
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, boolean caughtUp, Long position,
                               Long head, int progressPercent, int replayProgressPercent, long deadLetters,
                               SegmentError error, List<SegmentStatus> segments) {

    public ProjectionStatus {
        segments = List.copyOf(segments);
    }
}
