package io.outturn.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tunables of the query API.
 *
 * @param maxWait      how long a read asking for {@code waitForVersion} may wait for the projection to catch up
 * @param pollInterval how often such a read looks again
 */
@ConfigurationProperties("outturn.query")
public record QueryProperties(Duration maxWait, Duration pollInterval) {

    public QueryProperties {
        maxWait = maxWait == null ? Duration.ofSeconds(5) : maxWait;
        pollInterval = pollInterval == null ? Duration.ofMillis(50) : pollInterval;
        if (maxWait.isNegative() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("outturn.query.max-wait must not be negative and poll-interval must be positive");
        }
    }

    /** How many more looks a waiting read gets after its first, so that waiting never needs a clock. */
    public long pollsWithinMaxWait() {
        return maxWait.toMillis() / Math.max(1, pollInterval.toMillis());
    }
}
