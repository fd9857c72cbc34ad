package io.outturn.query.admin;

import io.outturn.query.QuerySideApplication;
import io.outturn.query.testsupport.EmbeddedMongo;
import io.outturn.query.testsupport.PublishedEvents;
import io.outturn.values.IndicatorId;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A query side started on a store that already has events builds its read models from them (Axon marks that first
 * build as a replay up to the head it found). Once it has caught up, and no newer event has come, nothing says it
 * is still replaying: neither a projection nor any of its segments.
 */
class FirstBuildTest {

    private static final EventStorageEngine EVENTS = new InMemoryEventStorageEngine();

    @Test
    void onceTheFirstBuildHasCaughtUpNoSegmentSaysItIsReplaying() {
        EmbeddedEventStore before = EmbeddedEventStore.builder().storageEngine(EVENTS).build();
        IndicatorId id = IndicatorId.of("NI130");
        new PublishedEvents(before).append(ni130Defined(id), ni130Target(id, FY_2011_12));
        before.shutDown();

        try (ConfigurableApplicationContext querySide = new SpringApplicationBuilder(QuerySideApplication.class, StoredEvents.class)
                .run("--server.port=0", "--spring.data.mongodb.uri=" + EmbeddedMongo.connectionString(),
                        "--spring.data.mongodb.database=" + EmbeddedMongo.newDatabase())) {
            ProjectionProcessors processors = querySide.getBean(ProjectionProcessors.class);
            await("the first build").atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(processors.statuses()).allSatisfy(projection -> assertThat(projection.segments())
                            .isNotEmpty().allSatisfy(segment -> assertThat(segment.caughtUp()).isTrue())));

            assertThat(processors.statuses()).allSatisfy(projection -> {
                assertThat(projection.replaying()).as(projection.name()).isFalse();
                assertThat(projection.segments()).as(projection.name())
                        .allSatisfy(segment -> assertThat(segment.replaying()).isFalse());
                assertThat(projection.replayProgressPercent()).as(projection.name()).isEqualTo(100);
            });
        }
    }

    /** The store the events were appended to before the query side started. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StoredEvents {

        @Bean
        EventStorageEngine eventStorageEngine() {
            return EVENTS;
        }
    }
}
