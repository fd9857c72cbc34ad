package io.outturn.query.testsupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What an integration test of the query side adds to the application: an in-memory event store that keeps
 * events as JSON, as a real one does (Axon Server is off in the test {@code application.yml}), {@link PublishedEvents} to append to it, {@link Projections}
 * to wait for the read models, and a database that is dropped when the context closes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QuerySideTestConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer) {
        return new StoredAsJsonEventStorageEngine(eventSerializer);
    }

    @Bean
    PublishedEvents publishedEvents(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new PublishedEvents(eventStore, eventSerializer);
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
