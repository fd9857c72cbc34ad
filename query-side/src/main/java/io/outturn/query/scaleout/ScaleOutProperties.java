package io.outturn.query.scaleout;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How query-side instances share the projections' segments.
 *
 * @param interval how often each instance beats its heartbeat and gives up segments above its fair share; an
 *                 instance silent for three intervals counts as gone, and a segment given up is not taken back by
 *                 the same instance for three intervals, so that another can claim it
 */
@ConfigurationProperties("outturn.scale-out")
record ScaleOutProperties(Duration interval) {

    ScaleOutProperties {
        interval = interval == null ? Duration.ofSeconds(5) : interval;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("outturn.scale-out.interval must be positive, not " + interval);
        }
    }

    Duration releaseFor() {
        return interval.multipliedBy(Liveness.QUIET_ROUNDS);
    }
}
