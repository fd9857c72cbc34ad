package io.outturn.ledger;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event as the event store keeps it: what the canonical form is built from. {@code type} and {@code revision}
 * are the payload's serialized type as stored ({@code revision} null or empty when it has none), {@code payload}
 * the serialized payload's exact bytes (never re-serialised, never upcast), {@code metadata} every metadata entry,
 * the ledger's own included. The payload array is not copied: callers hand it over.
 */
public record StoredEvent(String aggregateId, long sequence, String type, String revision, Instant timestamp,
                          Map<String, Object> metadata, byte[] payload) {

    public StoredEvent {
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence is never negative, not " + sequence);
        }
        // Metadata may hold null values, which Map.copyOf refuses.
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(metadata));
    }

    /** The hash written with the event when it was appended; null for an event stored before the ledger. */
    public String storedHash() {
        return text(Ledger.HASH);
    }

    /** The previous hash written with the event when it was appended; null for an event stored before the ledger. */
    public String storedPrevious() {
        return text(Ledger.PREVIOUS);
    }

    /** Whether the event was appended with its hash (otherwise it was stored before the ledger existed). */
    public boolean hashed() {
        return metadata.containsKey(Ledger.HASH) || metadata.containsKey(Ledger.PREVIOUS);
    }

    private String text(String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
