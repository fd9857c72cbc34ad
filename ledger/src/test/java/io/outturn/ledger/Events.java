package io.outturn.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stored events for tests: seed 001's NI130 history, hashed as the command side hashes them, or not at all. */
final class Events {

    static final Instant DEFINED = Instant.parse("2011-04-01T09:00:00.123456Z");

    private Events() {
    }

    static StoredEvent unhashed(String aggregateId, long sequence, String payload) {
        return new StoredEvent(aggregateId, sequence, "io.outturn.events.TargetSetEvent", "1",
                DEFINED.plusSeconds(60 * sequence), Map.of("actor", "manager", "source", "api",
                "correlationId", "plan-2011-14-load"), payload.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code event} with the ledger's metadata as the command side writes it. */
    static StoredEvent hashed(StoredEvent event, String previous) {
        Map<String, Object> metadata = new HashMap<>(event.metadata());
        metadata.put(Ledger.PREVIOUS, previous);
        metadata.put(Ledger.HASH, CanonicalForm.hash(previous, event));
        return new StoredEvent(event.aggregateId(), event.sequence(), event.type(), event.revision(),
                event.timestamp(), metadata, event.payload());
    }

    /** NI130's first {@code count} events, chained from the genesis. */
    static List<StoredEvent> ni130(int count) {
        return chain("NI130", count);
    }

    static List<StoredEvent> chain(String aggregateId, int count) {
        List<StoredEvent> events = new ArrayList<>();
        String previous = Ledger.GENESIS;
        for (int i = 0; i < count; i++) {
            StoredEvent event = hashed(unhashed(aggregateId, i, payload(i)), previous);
            events.add(event);
            previous = event.storedHash();
        }
        return events;
    }

    static String payload(int sequence) {
        return "{\"indicatorId\":\"NI130\",\"fy\":\"2011-12\",\"target\":{\"kind\":\"AT_LEAST\",\"value\":"
                + (12000 + sequence) + "},\"printed\":\"12,000\"}";
    }

    static StoredEvent withPayload(StoredEvent event, String payload) {
        return new StoredEvent(event.aggregateId(), event.sequence(), event.type(), event.revision(),
                event.timestamp(), event.metadata(), payload.getBytes(StandardCharsets.UTF_8));
    }

    static StoredEvent withSequence(StoredEvent event, long sequence) {
        return new StoredEvent(event.aggregateId(), sequence, event.type(), event.revision(),
                event.timestamp(), event.metadata(), event.payload());
    }
}
