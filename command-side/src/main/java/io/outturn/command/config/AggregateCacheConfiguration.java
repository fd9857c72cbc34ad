package io.outturn.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, named in {@code @Aggregate(cache = ...)}, so that an indicator and a savings
 * programme that happened to share an identifier could never meet in it.
 *
 * <p>A cache is only as safe as the routing in front of it: every command for one aggregate must reach the same
 * command-side instance. Standalone has one instance; in the distributed set-up Axon Server routes commands by
 * aggregate identifier, and an append that races another instance still fails on the event store's sequence
 * check, which evicts the stale entry (the unit of work rolls back).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AggregateCacheProperties.class)
public class AggregateCacheConfiguration {

    public static final String INDICATOR_CACHE = "indicatorCache";
    public static final String SAVINGS_PROGRAMME_CACHE = "savingsProgrammeCache";

    @Bean(INDICATOR_CACHE)
    Cache indicatorCache(AggregateCacheProperties properties) {
        return cache(properties);
    }

    @Bean(SAVINGS_PROGRAMME_CACHE)
    Cache savingsProgrammeCache(AggregateCacheProperties properties) {
        return cache(properties);
    }

    private static Cache cache(AggregateCacheProperties properties) {
        return properties.enabled() ? new AggregateCache(properties.maxEntries()) : NoCache.INSTANCE;
    }
}
