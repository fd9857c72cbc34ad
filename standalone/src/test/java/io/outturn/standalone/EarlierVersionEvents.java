package io.outturn.standalone;

import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.OutturnEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Appends events to the event store exactly as an earlier version of Outturn stored them: the payload is the JSON
 * today's serializer writes for the event, rewritten by the caller (a value the request path no longer lets
 * through, say), and stored as it is, without being read back. So a test can put into the store what once got
 * there, even when today's value types would refuse to build it.
 */
final class EarlierVersionEvents {

    private final EventStore eventStore;
    private final Serializer eventSerializer;

    EarlierVersionEvents(EventStore eventStore, Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
    }

    /** Appends the event as today's serializer writes it. */
    void append(OutturnEvent event) {
        append(event, UnaryOperator.identity());
    }

    /** Appends the event with its stored JSON rewritten by {@code rewrite}; returns the stored JSON. */
    String append(OutturnEvent event, UnaryOperator<String> rewrite) {
        SerializedObject<String> written = eventSerializer.serialize(event, String.class);
        String stored = rewrite.apply(written.getData());
        SerializedObject<String> payload = new SimpleSerializedObject<>(stored, String.class, written.getType());
        SerializedObject<String> metaData = eventSerializer.serialize(MetaData.from(Map.of(
                EventMetadata.ACTOR, "manager",
                EventMetadata.CORRELATION_ID, UUID.randomUUID().toString(),
                EventMetadata.SOURCE, EventMetadata.SOURCE_API)), String.class);
        String aggregateId = event.aggregateId();
        long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        String type = event instanceof IndicatorEvent ? "Indicator" : "SavingsProgramme";
        String eventId = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence,
                new SerializedMessage<>(eventId, payload, metaData, eventSerializer), () -> Instant.parse("2012-07-10T09:00:00Z")));
        return stored;
    }
}
