package io.outturn.command.config;

import org.axonframework.common.caching.Cache;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a command-side test needs instead of Axon Server and the wall clock: an in-memory event store (reset it
 * in {@code @BeforeEach} for a clean slate) and a clock fixed at 20 July 2012, 09:00 UTC: Q1 2012-13 has
 * ended, Q2 2012-13 has not. Use through {@link CommandSideTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CommandSideTestConfiguration {

    public static final Instant NOW = Instant.parse("2012-07-20T09:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    ResettableEventStorageEngine eventStorageEngine(List<Cache> aggregateCaches) {
        return new ResettableEventStorageEngine(aggregateCaches);
    }
}
