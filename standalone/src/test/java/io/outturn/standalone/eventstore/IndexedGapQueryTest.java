package io.outturn.standalone.eventstore;

import io.outturn.events.ActualRecordedEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.serialization.json.JacksonSerializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking query with gaps, on standalone's H2 file: the same events as Axon's own statement, read by the
 * primary key instead of a scan of the whole event table.
 */
class IndexedGapQueryTest {

    private static final EventSchema SCHEMA = EventSchema.builder().build();
    /** Quarterly actuals of NI130, rising from its 7,000 baseline: enough rows for a scan to show in a plan. */
    private static final int EVENTS = 400;

    @TempDir
    Path dataDir;

    private Connection connection;

    @BeforeEach
    void storeEvents() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(new EventStoreDatabase(dataDir.resolve("events")).jdbcUrl());
        dataSource.setUser("sa");
        connection = dataSource.getConnection();
        ConnectionProvider connections = dataSource::getConnection;
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(new H2DuplicateKeyResolver())
                .build();
        engine.createSchema(H2EventTableFactory.INSTANCE);
        for (int i = 0; i < EVENTS; i++) {
            FinancialYear fy = FinancialYear.startingIn(2008 + i / 4);
            engine.appendEvents(new GenericDomainEventMessage<>("Indicator", "NI130", i, new ActualRecordedEvent(
                    IndicatorId.of("NI130"), fy, Quarter.values()[i % 4], new BigDecimal(7000 + i * 20), null, null)));
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void readsTheSameEventsAsAxonsOwnStatement() throws SQLException {
        List<Long> gaps = List.of(3L, 17L, 250L);
        long tokenIndex = 260;
        int batchSize = 100;

        List<Long> axons = globalIndexes(JdbcEventStorageEngineStatements.readEventDataWithGaps(
                connection, SCHEMA, tokenIndex, batchSize, gaps));
        List<Long> ours = globalIndexes(new IndexedGapQuery().build(connection, SCHEMA, tokenIndex, batchSize, gaps));

        assertThat(ours).isEqualTo(axons)
                .startsWith(3L, 17L, 250L, 261L)
                .endsWith(360L)
                .hasSize(3 + batchSize);
    }

    @Test
    void aGapNoLongerInTheStoreIsSimplyNotReturned() throws SQLException {
        List<Long> ours = globalIndexes(new IndexedGapQuery().build(connection, SCHEMA, EVENTS, 100,
                List.of(999_999L)));

        assertThat(ours).isEmpty();
    }

    @Test
    void h2ReadsBothPartsByPrimaryKeyBoundsWhereAxonsStatementWalksTheWholeKey() throws SQLException {
        String axons = plan("SELECT " + SCHEMA.trackedEventFields() + " FROM " + SCHEMA.domainEventTable()
                + " WHERE (" + SCHEMA.globalIndexColumn() + " > ? AND " + SCHEMA.globalIndexColumn() + " <= ?) OR "
                + SCHEMA.globalIndexColumn() + " IN (?,?) ORDER BY " + SCHEMA.globalIndexColumn() + " ASC");
        String ours = plan(IndexedGapQuery.sql(SCHEMA, 2));

        // H2 names the index it reads in a comment, with the bounds it reads it by; none means every row.
        String unbounded = "(?s).*/\\* PUBLIC\\.PRIMARY_KEY_\\w+ \\*/.*";
        assertThat(axons).matches(unbounded);
        assertThat(ours).doesNotMatch(unbounded)
                .matches("(?s).*PRIMARY_KEY_\\w+: GLOBALINDEX > \\?1\\s+AND GLOBALINDEX <= \\?2.*")
                .matches("(?s).*PRIMARY_KEY_\\w+: GLOBALINDEX IN\\(\\?3, \\?4\\).*");
    }

    private String plan(String sql) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            long[] values = {260, 360, 3, 17};
            for (int i = 0; i < values.length; i++) {
                explain.setLong(i + 1, values[i]);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        }
    }

    private static List<Long> globalIndexes(PreparedStatement statement) throws SQLException {
        List<Long> indexes = new ArrayList<>();
        try (statement; ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getLong(SCHEMA.globalIndexColumn()));
            }
        }
        return indexes;
    }
}
