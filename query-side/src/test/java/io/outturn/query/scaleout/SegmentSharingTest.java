package io.outturn.query.scaleout;

import io.outturn.query.QuerySideApplication;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.EmbeddedMongo;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query-side instances over one event store and one token store, as in the distributed set-up: the one started
 * second gets its share of every projection's segments without anybody moving them, and when it stops the first
 * takes them back. Each instance is a whole query-side application in this JVM.
 */
class SegmentSharingTest {

    private static final EventStorageEngine SHARED_EVENTS = new InMemoryEventStorageEngine();
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @Test
    void aSecondInstanceGetsItsShareOfEverySegmentAndTheFirstTakesThemBackWhenItStops() {
        String database = EmbeddedMongo.newDatabase();
        try (ConfigurableApplicationContext first = start(database)) {
            awaitHolding(first, 2);
            try (ConfigurableApplicationContext second = start(database)) {
                await("each instance holds one of the two segments of every projection").atMost(PATIENCE)
                        .untilAsserted(() -> {
                            for (String name : ProcessingGroups.ALL) {
                                Set<Integer> held1 = held(first, name);
                                Set<Integer> held2 = held(second, name);
                                assertThat(held1).as("%s on the first", name).hasSize(1);
                                assertThat(held2).as("%s on the second", name).hasSize(1);
                                assertThat(union(held1, held2)).as(name).containsExactly(0, 1);
                            }
                        });
            }
            awaitHolding(first, 2);
        }
    }

    private static void awaitHolding(ConfigurableApplicationContext instance, int segments) {
        await("one instance holds every segment").atMost(PATIENCE).untilAsserted(() ->
                ProcessingGroups.ALL.forEach(name -> assertThat(held(instance, name)).as(name).hasSize(segments)));
    }

    private static Set<Integer> held(ConfigurableApplicationContext instance, String name) {
        return instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor(name, StreamingEventProcessor.class).orElseThrow()
                .processingStatus().keySet();
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static ConfigurableApplicationContext start(String database) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.data.mongodb.uri=" + EmbeddedMongo.connectionString(),
                "--spring.data.mongodb.database=" + database,
                "--outturn.scale-out.interval=300ms"));
        ProcessingGroups.ALL.forEach(name ->
                arguments.add("--axon.eventhandling.processors." + name + ".token-claim-interval=200"));
        return new SpringApplicationBuilder(QuerySideApplication.class, SharedEventStore.class)
                .run(arguments.toArray(String[]::new));
    }

    /** The one event store both instances read, as both would read Axon Server. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SharedEventStore {

        @Bean
        EventStorageEngine eventStorageEngine() {
            return SHARED_EVENTS;
        }
    }
}
