package io.outturn.query.testsupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What an integration test of the query side adds to the application: an in-memory event store (Axon Server
 * is off in the test {@code application.yml}), {@link PublishedEvents} to append to it, {@link Projections}
 * to wait for the read models, and a database that is dropped when the context closes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QuerySideTestConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }

    @Bean
    PublishedEvents publishedEvents(EventStore eventStore) {
        return new PublishedEvents(eventStore);
    }

    @Bean
    Projections projections(EventProcessingConfiguration processing, EventStore eventStore) {
        return new Projections(processing, eventStore);
    }

    @Bean
    TestDatabase testDatabase(MongoTemplate mongo) {
        return new TestDatabase(mongo);
    }

    /** Drops the test class's database once its context closes (processors have stopped by then). */
    static final class TestDatabase implements AutoCloseable {
        private final MongoTemplate mongo;

        TestDatabase(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public void close() {
            mongo.getDb().drop();
        }
    }
}
