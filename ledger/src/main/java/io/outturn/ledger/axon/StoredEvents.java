package io.outturn.ledger.axon;

import io.outturn.ledger.StoredEvent;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.event.axon.GrpcMetaDataAwareSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's event messages as the ledger sees them: the payload's bytes, type and revision exactly as the event
 * store keeps them. For a message read from the store that is the stored payload itself, handed over without
 * being deserialised and serialised again, as long as it is asked for with the serializer the store read it
 * with; so for Axon Server, whose store reads with its own wrapper of the event serializer, the same wrapper is
 * used here. For a message not yet stored it is the payload serialised by the event serializer, as the store
 * is about to serialise it.
 */
public final class StoredEvents {

    private final Serializer serializer;

    private StoredEvents(Serializer serializer) {
        this.serializer = serializer;
    }

    /** Reads payloads of {@code eventStore}'s messages, whose event serializer is {@code eventSerializer}. */
    public static StoredEvents of(EventStore eventStore, Serializer eventSerializer) {
        return new StoredEvents(eventStore instanceof AxonServerEventStore
                ? new GrpcMetaDataAwareSerializer(eventSerializer)
                : eventSerializer);
    }

    public StoredEvent of(DomainEventMessage<?> message) {
        SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
        return new StoredEvent(message.getAggregateIdentifier(), message.getSequenceNumber(),
                payload.getType().getName(), payload.getType().getRevision(), message.getTimestamp(),
                message.getMetaData(), payload.getData());
    }
}
