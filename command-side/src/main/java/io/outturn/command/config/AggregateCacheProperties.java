package io.outturn.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many loaded aggregates the command side keeps in memory, per aggregate type.
 *
 * @param maxEntries the most aggregates of each type held, least recently used evicted first; 0 turns the cache
 *                   off, so every command loads its aggregate from the event store (and its latest snapshot)
 */
@ConfigurationProperties("outturn.aggregate-cache")
record AggregateCacheProperties(@DefaultValue("0") int maxEntries) {

    AggregateCacheProperties {
        if (maxEntries < 0) {
            throw new IllegalArgumentException(
                    "outturn.aggregate-cache.max-entries must be 0 (off) or positive, not " + maxEntries);
        }
    }

    boolean enabled() {
        return maxEntries > 0;
    }
}
