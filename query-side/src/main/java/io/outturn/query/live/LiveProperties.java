package io.outturn.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tunables of the live status stream.
 *
 * @param heartbeat how often an idle stream sends a comment, so that proxies keep it open and a client that
 *                  has gone away is noticed (the write fails) and its subscription released
 * @param timeout   how long one stream may stay open; {@code EventSource} clients reconnect by themselves, so
 *                  a bound costs them nothing and limits how long a forgotten subscription could live
 * @param maxStreamsPerUser how many streams one user may have open at once (a dashboard needs one or two); one more
 *                  is answered 429
 */
@ConfigurationProperties("outturn.live")
record LiveProperties(Duration heartbeat, Duration timeout, Integer maxStreamsPerUser) {

    LiveProperties {
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        timeout = timeout == null ? Duration.ofMinutes(30) : timeout;
        maxStreamsPerUser = maxStreamsPerUser == null ? 5 : maxStreamsPerUser;
        if (heartbeat.isZero() || heartbeat.isNegative() || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("outturn.live.heartbeat and outturn.live.timeout must be positive");
        }
        if (maxStreamsPerUser < 0) {
            throw new IllegalArgumentException("outturn.live.max-streams-per-user must not be negative");
        }
    }
}
