package io.outturn.query.admin;

import java.util.List;

/**
 * Where one projection (processing group) stands. {@code position} is the lowest global index its segments on
 * this instance have processed, {@code head} the global index of the newest event in the store (null when both
 * are unknown, e.g. an empty store); {@code progressPercent} is position against head, and
 * {@code replayProgressPercent} the same against the position the replay has to reach (100 when not replaying).
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, Long position, Long head,
                               int progressPercent, int replayProgressPercent, List<SegmentStatus> segments) {

    public ProjectionStatus {
        segments = List.copyOf(segments);
    }
}
