package io.outturn.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When aggregates are snapshotted.
 *
 * @param threshold how many events may be replayed to load an aggregate before a snapshot of it is taken; 0 turns
 *                  snapshots off, so every load replays the aggregate's whole history
 */
@ConfigurationProperties("outturn.snapshots")
record SnapshotProperties(@DefaultValue("0") int threshold) {

    SnapshotProperties {
        if (threshold < 0) {
            throw new IllegalArgumentException("outturn.snapshots.threshold must be 0 (off) or positive, not " + threshold);
        }
    }

    boolean enabled() {
        return threshold > 0;
    }
}
