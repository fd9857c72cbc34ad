package io.outturn.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Appends prepared histories straight through Outturn's own storage engine, in large batches (one transaction
 * each): the same serializer, table and durability as a command's events, without a million HTTP round trips.
 */
final class EventSeeder {

    /** @param eventsPerSecond the seeding rate, for information only */
    record Seeded(long events, double seconds, double eventsPerSecond) {
    }

    private final EventStorageEngine engine;
    private final int batchSize;

    EventSeeder(EventStorageEngine engine, int batchSize) {
        this.engine = engine;
        this.batchSize = batchSize;
    }

    /** Appends the next {@code count} events of {@code events} (fewer if it runs out). */
    Seeded append(Iterator<DomainEventMessage<?>> events, long count) {
        Stopwatch watch = Stopwatch.start();
        long appended = 0;
        List<DomainEventMessage<?>> batch = new ArrayList<>(batchSize);
        while (appended < count && events.hasNext()) {
            batch.add(events.next());
            appended++;
            if (batch.size() == batchSize) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            engine.appendEvents(batch);
        }
        double seconds = watch.seconds();
        return new Seeded(appended, seconds, appended / seconds);
    }

    Seeded append(List<DomainEventMessage<?>> events) {
        return append(events.iterator(), events.size());
    }
}
