package io.outturn.bench;

import io.outturn.standalone.eventstore.EventStoreFiles;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ceiling of the event store: Outturn's own serialized events inserted straight into standalone's event table
 * (same H2 URL, so the same durability settings, same table layout and indexes), one event per transaction as a
 * command stores it, by 1, 8 or 32 writers at once, each on its own connection. Nothing else runs on this
 * database: it is a fresh one beside the application's.
 */
final class RawAppend implements AutoCloseable {

    /** One event as it is stored: what the serializer made of its payload and metadata. */
    record Row(String aggregateType, String payloadType, String payloadRevision, byte[] payload, byte[] metaData,
               String timestamp) {
    }

    record Result(int writers, long events, double seconds, double eventsPerSecond, Latencies.Summary commit) {
    }

    private static final String USER = "sa";

    private final String url;
    private final EventSchema schema = EventSchema.builder().build();
    /** Holds the database open between runs, so that H2 does not close and reopen the file in between. */
    private final Connection holder;
    private final AtomicLong runs = new AtomicLong();

    RawAppend(Path directory) throws Exception {
        Files.createDirectories(directory);
        this.url = EventStoreFiles.jdbcUrl(directory);
        this.holder = DriverManager.getConnection(url, USER, "");
        EventStoreFiles.createTables(holder, schema);
    }

    /** Serializes events exactly as the storage engine does before it inserts them. */
    static List<Row> serialize(List<? extends EventMessage<?>> events, Serializer serializer, String aggregateType) {
        List<Row> rows = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
            rows.add(new Row(aggregateType, payload.getType().getName(), payload.getType().getRevision(),
                    payload.getData(), metaData.getData(), DateTimeUtils.formatInstant(event.getTimestamp())));
        }
        return rows;
    }

    Result measure(int writers, List<Row> rows, Duration warmup, Duration duration) throws InterruptedException {
        String run = "raw" + runs.incrementAndGet() + "w" + writers;
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureTo = measureFrom + duration.toNanos();
        Latencies commits = new Latencies();
        AtomicLong counted = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                try {
                    write(run + "-" + writer, rows, writer, measureFrom, measureTo, commits, counted);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "raw-append-" + writer);
            thread.start();
        }
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException("raw append failed", failure.get());
        }
        double seconds = duration.toNanos() / 1e9;
        return new Result(writers, counted.get(), seconds, counted.get() / seconds, commits.summary());
    }

    private void write(String aggregatePrefix, List<Row> rows, int offset, long measureFrom, long measureTo,
                       Latencies commits, AtomicLong counted) throws SQLException {
        String sql = "INSERT INTO " + schema.domainEventTable() + " (" + String.join(", ",
                schema.eventIdentifierColumn(), schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(),
                schema.typeColumn(), schema.timestampColumn(), schema.payloadTypeColumn(),
                schema.payloadRevisionColumn(), schema.payloadColumn(), schema.metaDataColumn())
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            long n = 0;
            while (true) {
                long started = System.nanoTime();
                if (started >= measureTo) {
                    return;
                }
                Row row = rows.get((int) ((offset * 7919L + n) % rows.size()));
                insert.setString(1, aggregatePrefix + "-event-" + n);
                insert.setString(2, aggregatePrefix + "-" + (n / 100));
                insert.setLong(3, n % 100);
                insert.setString(4, row.aggregateType());
                insert.setString(5, row.timestamp());
                insert.setString(6, row.payloadType());
                insert.setString(7, row.payloadRevision());
                insert.setBytes(8, row.payload());
                insert.setBytes(9, row.metaData());
                insert.executeUpdate();
                connection.commit();
                long ended = System.nanoTime();
                if (started >= measureFrom && ended <= measureTo) {
                    commits.record(ended - started);
                    counted.incrementAndGet();
                }
                n++;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        holder.close();
    }
}
