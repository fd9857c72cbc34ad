package io.outturn.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, given to that type's repository ({@link AggregateRepositories}), so that an
 * indicator and a savings programme that happened to share an identifier could never meet in it.
 *
 * <p>Axon Server routes each aggregate's commands to one command side, but routing moves when instances stop and
 * start; so a cached aggregate is used only after the event store confirms it is current
 * ({@link FreshCachingRepository}), and an append that still loses a race is tried once more on fresh state
 * (by the command gateway, see {@code io.outturn.command.sender.CommandSender}).
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
