package io.outturn.bench;

import com.google.protobuf.ByteString;
import io.axoniq.axonserver.connector.AxonServerConnection;
import io.axoniq.axonserver.connector.AxonServerConnectionFactory;
import io.axoniq.axonserver.connector.event.AppendEventsTransaction;
import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.SerializedObject;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import io.axoniq.axonserver.connector.impl.ServerAddress;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ceilings of Axon Server as the distributed set-up uses it, measured through the same client library
 * (axonserver-connector-java) the sides use: appending Outturn's own serialized events one per transaction, as a
 * command stores them, by 1, 8 or 32 writers; reading the whole event stream from the first event, as a replay
 * does; and the freshness check a command side makes before it trusts a cached aggregate (the aggregate's highest
 * sequence number). Also seeds events in large transactions, to have something to replay.
 */
final class AxonServerCeiling implements AutoCloseable {

    private final AxonServerConnectionFactory factory;
    private final AxonServerConnection connection;
    private final AtomicLong runs = new AtomicLong();

    AxonServerCeiling(String grpcAddress) {
        String[] hostAndPort = grpcAddress.split(":");
        this.factory = AxonServerConnectionFactory.forClient("outturn-bench-ceiling")
                .routingServers(new ServerAddress(hostAndPort[0], Integer.parseInt(hostAndPort[1])))
                .build();
        this.connection = factory.connect("default");
    }

    RawAppend.Result append(int writers, List<RawAppend.Row> rows, Duration warmup, Duration duration)
            throws InterruptedException {
        String run = "axon-raw" + runs.incrementAndGet() + "w" + writers;
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
                    long n = 0;
                    while (true) {
                        long started = System.nanoTime();
                        if (started >= measureTo) {
                            return;
                        }
                        RawAppend.Row row = rows.get((int) ((writer * 7919L + n) % rows.size()));
                        AppendEventsTransaction transaction = connection.eventChannel().startAppendEventsTransaction();
                        transaction.appendEvent(event(row, run + "-" + writer + "-" + (n / 100), n % 100));
                        transaction.commit().get(1, TimeUnit.MINUTES);
                        long ended = System.nanoTime();
                        if (started >= measureFrom && ended <= measureTo) {
                            commits.record(ended - started);
                            counted.incrementAndGet();
                        }
                        n++;
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "axon-raw-append-" + writer);
            thread.start();
        }
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException("raw append to Axon Server failed", failure.get());
        }
        double seconds = duration.toNanos() / 1e9;
        return new RawAppend.Result(writers, counted.get(), seconds, counted.get() / seconds, commits.summary());
    }

    /** Appends the next {@code count} events of {@code events}, {@code batchSize} to a transaction. */
    EventSeeder.Seeded seed(Iterator<DomainEventMessage<?>> events, long count, Serializer serializer, int batchSize)
            throws Exception {
        Stopwatch watch = Stopwatch.start();
        long appended = 0;
        while (appended < count && events.hasNext()) {
            AppendEventsTransaction transaction = connection.eventChannel().startAppendEventsTransaction();
            for (int i = 0; i < batchSize && appended < count && events.hasNext(); i++, appended++) {
                DomainEventMessage<?> event = events.next();
                transaction.appendEvent(event(event, serializer));
            }
            transaction.commit().get(5, TimeUnit.MINUTES);
        }
        double seconds = watch.seconds();
        return new EventSeeder.Seeded(appended, seconds, appended / seconds);
    }

    /** Reads every event from the first to the newest, as a processor replaying from the start receives them. */
    RawEventRead.Result readAll() throws Exception {
        long last = connection.eventChannel().getLastToken().get(1, TimeUnit.MINUTES);
        Stopwatch watch = Stopwatch.start();
        long read = 0;
        long bytes = 0;
        EventStream stream = connection.eventChannel().openStream(0, 5_000);
        try {
            long token = -1;
            while (token < last) {
                EventWithToken next = stream.next();
                token = next.getToken();
                bytes += next.getEvent().getPayload().getData().size();
                read++;
            }
        } finally {
            stream.close();
        }
        double seconds = watch.seconds();
        return new RawEventRead.Result(read, bytes, seconds, read / seconds, false);
    }

    /** The look-up a command side makes to know a cached aggregate is current (see {@link FreshnessCheck}). */
    FreshnessCheck freshnessCheck(List<String> aggregateIds, int checks) {
        return FreshnessCheck.measure(aggregateIds, checks, id -> {
            try {
                connection.eventChannel().findHighestSequence(id).get(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException("highest sequence of " + id + " not read", e);
            }
        });
    }

    /** How many events the store holds. */
    long events() throws Exception {
        return connection.eventChannel().getLastToken().get(1, TimeUnit.MINUTES) + 1;
    }

    private static Event event(RawAppend.Row row, String aggregateId, long sequence) {
        return Event.newBuilder()
                .setMessageIdentifier(UUID.randomUUID().toString())
                .setAggregateIdentifier(aggregateId)
                .setAggregateSequenceNumber(sequence)
                .setAggregateType(row.aggregateType())
                .setTimestamp(Instant.parse(row.timestamp()).toEpochMilli())
                .setPayload(SerializedObject.newBuilder()
                        .setType(row.payloadType())
                        .setRevision(row.payloadRevision() == null ? "" : row.payloadRevision())
                        .setData(ByteString.copyFrom(row.payload())))
                .putAllMetaData(Map.of("source", MetaDataValue.newBuilder().setTextValue("bench").build()))
                .build();
    }

    private static Event event(DomainEventMessage<?> event, Serializer serializer) {
        org.axonframework.serialization.SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        Event.Builder builder = Event.newBuilder()
                .setMessageIdentifier(event.getIdentifier())
                .setAggregateIdentifier(event.getAggregateIdentifier())
                .setAggregateSequenceNumber(event.getSequenceNumber())
                .setAggregateType(event.getType())
                .setTimestamp(event.getTimestamp().toEpochMilli())
                .setPayload(SerializedObject.newBuilder()
                        .setType(payload.getType().getName())
                        .setRevision(payload.getType().getRevision() == null ? "" : payload.getType().getRevision())
                        .setData(ByteString.copyFrom(payload.getData())));
        event.getMetaData().forEach((key, value) ->
                builder.putMetaData(key, MetaDataValue.newBuilder().setTextValue(String.valueOf(value)).build()));
        return builder.build();
    }

    @Override
    public void close() {
        connection.disconnect();
        factory.shutdown();
    }
}
