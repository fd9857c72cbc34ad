package io.outturn.standalone.eventstore;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.outturn.standalone.StandaloneProperties;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The event store when there is no Axon Server: Axon's {@code EmbeddedEventStore} (created by Axon's
 * auto-configuration around the storage engine defined here) over a {@link JdbcEventStorageEngine} on an H2
 * file under {@code ${outturn.data-dir}/events}. With {@code axon.axonserver.enabled=true} none of this exists and
 * Axon Server is the store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class EmbeddedEventStoreConfiguration {

    /** Enough for the command side plus one connection per event processor thread, with room to spare. */
    private static final int POOL_SIZE = 16;

    @Bean(destroyMethod = "close")
    HikariDataSource eventStoreDataSource(StandaloneProperties properties) {
        EventStoreDatabase database = new EventStoreDatabase(properties.eventStoreDir());
        try {
            Files.createDirectories(database.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the event store directory " + database.directory(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("outturn-event-store");
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        return new HikariDataSource(config);
    }

    @Bean
    ConnectionProvider eventStoreConnectionProvider(HikariDataSource eventStoreDataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(eventStoreDataSource));
    }

    @Bean
    PersistenceExceptionResolver h2DuplicateKeyResolver() {
        return new H2DuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axonConfiguration,
                                          ConnectionProvider eventStoreConnectionProvider,
                                          PersistenceExceptionResolver h2DuplicateKeyResolver,
                                          TransactionManager transactionManager) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .snapshotFilter(axonConfiguration.snapshotFilter())
                .persistenceExceptionResolver(h2DuplicateKeyResolver)
                .connectionProvider(eventStoreConnectionProvider)
                .transactionManager(transactionManager)
                .readEventDataWithGaps(new IndexedGapQuery())
                .build();
        engine.createSchema(H2EventTableFactory.INSTANCE);
        return engine;
    }
}
