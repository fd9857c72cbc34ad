package io.outturn.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tunables of the query API.
 *
 * @param maxWait            how long a read asking for {@code waitForVersion} may wait for the projection to catch up
 * @param maxWaitsPerClient  how many such reads one user may have waiting at once; a read beyond that is answered at
 *                           once with what there is
 */
@ConfigurationProperties("outturn.query")
public record QueryProperties(Duration maxWait, Integer maxWaitsPerClient) {

    public QueryProperties {
        maxWait = maxWait == null ? Duration.ofSeconds(5) : maxWait;
        maxWaitsPerClient = maxWaitsPerClient == null ? 10 : maxWaitsPerClient;
        if (maxWait.isNegative() || maxWaitsPerClient < 0) {
            throw new IllegalArgumentException(
                    "outturn.query.max-wait and outturn.query.max-waits-per-client must not be negative");
        }
    }
}
