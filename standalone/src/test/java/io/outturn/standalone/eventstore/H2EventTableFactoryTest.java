package io.outturn.standalone.eventstore;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The H2 schema against Axon's own JDBC storage engine, on a real H2 file opened the way standalone opens it. */
class H2EventTableFactoryTest {

    private static final String KPR13 = "KPR13";
    private static final String TYPE = "Indicator";

    @TempDir
    Path dataDir;

    private JdbcDataSource dataSource;
    private Connection keepOpen;
    private JdbcEventStorageEngine engine;

    @BeforeEach
    void openStore() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL(new EventStoreDatabase(dataDir.resolve("events")).jdbcUrl());
        dataSource.setUser("sa");
        // H2 closes a database when its last connection closes (DB_CLOSE_ON_EXIT=FALSE only stops the JVM hook).
        keepOpen = dataSource.getConnection();
        engine = engineOver(dataSource);
        engine.createSchema(H2EventTableFactory.INSTANCE);
    }

    @AfterEach
    void closeStore() throws SQLException {
        keepOpen.close();
    }

    @Test
    void eventsAppendedToTheCreatedSchemaAreReadBackPerAggregateAndInGlobalOrder() {
        engine.appendEvents(defined(0), targetSet(1, "2006-07", "82.5"), targetSet(2, "2007-08", "85"));

        List<? extends DomainEventMessage<?>> stream = engine.readEvents(KPR13).asStream().toList();
        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(stream.get(2).getPayload()).isEqualTo(targetSet(2, "2007-08", "85").getPayload());

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();
        assertThat(tracked.stream().<Class<?>>map(EventMessage::getPayloadType).toList())
                .containsExactly(IndicatorDefinedEvent.class, TargetSetEvent.class, TargetSetEvent.class);
        assertThat(engine.lastSequenceNumberFor(KPR13)).contains(2L);
    }

    @Test
    void creatingTheSchemaAgainOnAFileThatHasItKeepsTheEvents() {
        engine.appendEvents(defined(0));

        engine.createSchema(H2EventTableFactory.INSTANCE);

        assertThat(engine.readEvents(KPR13).asStream().toList()).hasSize(1);
    }

    @Test
    void eventsSurviveClosingAndReopeningTheDatabaseFile() throws SQLException {
        engine.appendEvents(defined(0), targetSet(1, "2006-07", "82.5"));
        keepOpen.close();

        keepOpen = dataSource.getConnection();
        JdbcEventStorageEngine reopened = engineOver(dataSource);

        assertThat(reopened.readEvents(KPR13).asStream().<Object>map(DomainEventMessage::getPayload).toList())
                .containsExactly(defined(0).getPayload(), targetSet(1, "2006-07", "82.5").getPayload());
    }

    @Test
    void aSecondCreationOfTheSameAggregateIsAStreamCreationConflict() {
        engine.appendEvents(defined(0));

        assertThatThrownBy(() -> engine.appendEvents(defined(0)))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void aSecondAppendOfTheSameSequenceNumberIsAConcurrencyConflictAndKeepsTheFirst() {
        engine.appendEvents(defined(0), targetSet(1, "2006-07", "82.5"));

        assertThatThrownBy(() -> engine.appendEvents(targetSet(1, "2006-07", "90")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents(KPR13).asStream().<Object>map(DomainEventMessage::getPayload).toList())
                .containsExactly(defined(0).getPayload(), targetSet(1, "2006-07", "82.5").getPayload());
    }

    @Test
    void concurrentCreatorsOfOneAggregateLeaveExactlyOneWinner() throws InterruptedException {
        int writers = 8;
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < writers; i++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    engine.appendEvents(defined(0));
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).hasSize(writers - 1)
                .allSatisfy(e -> assertThat(e).isInstanceOf(AggregateStreamCreationException.class));
        assertThat(engine.readEvents(KPR13).asStream().toList()).hasSize(1);
    }

    @Test
    void theResolverTakesOnlyUniqueViolationsForConflicts() throws SQLException {
        H2DuplicateKeyResolver resolver = new H2DuplicateKeyResolver();
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TABLE probe (id INT PRIMARY KEY, name VARCHAR NOT NULL)");
            connection.createStatement().execute("INSERT INTO probe VALUES (1, 'first')");

            SQLException duplicate = catchSql(connection, "INSERT INTO probe VALUES (1, 'again')");
            SQLException missingName = catchSql(connection, "INSERT INTO probe VALUES (2, NULL)");

            assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", duplicate))).isTrue();
            assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", missingName))).isFalse();
        }
    }

    private static SQLException catchSql(Connection connection, String sql) {
        try {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("expected " + sql + " to fail");
    }

    private static JdbcEventStorageEngine engineOver(JdbcDataSource dataSource) {
        ConnectionProvider connections = dataSource::getConnection;
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(new H2DuplicateKeyResolver())
                .build();
    }

    private static DomainEventMessage<IndicatorDefinedEvent> defined(long sequence) {
        return new GenericDomainEventMessage<>(TYPE, KPR13, sequence, new IndicatorDefinedEvent(
                IndicatorId.of(KPR13), "Assessments completed within DoH timescales",
                "Nottinghamshire County Council - Social Services Department", "Adult Commissioning", null,
                Framework.LOCAL, Unit.PERCENT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new BigDecimal("5"), null, null, List.of()));
    }

    private static DomainEventMessage<TargetSetEvent> targetSet(long sequence, String fy, String atLeast) {
        return new GenericDomainEventMessage<>(TYPE, KPR13, sequence, new TargetSetEvent(
                IndicatorId.of(KPR13), FinancialYear.parse(fy), new Target.AtLeast(new BigDecimal(atLeast), true),
                "not less than " + atLeast + "%", null, null, null, null, null));
    }
}
