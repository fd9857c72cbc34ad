package io.outturn.query.testsupport;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import javax.annotation.Nonnull;
import java.util.List;

/**
 * An in-memory event store that keeps each event as the JSON the application's event serializer writes, and reads
 * it back lazily, the first time a handler asks for the payload: as a real store does. Projections therefore meet
 * exactly what a store would give them, including a payload that cannot be read. A message that already carries its
 * serialized form (one written by an earlier version, say) is stored as it is.
 */
public class StoredAsJsonEventStorageEngine extends InMemoryEventStorageEngine {

    private final Serializer serializer;

    public StoredAsJsonEventStorageEngine(Serializer serializer) {
        this.serializer = serializer;
    }

    @Override
    public void appendEvents(@Nonnull List<? extends EventMessage<?>> events) {
        super.appendEvents(events.stream().map(this::storedAsJson).toList());
    }

    private EventMessage<?> storedAsJson(EventMessage<?> event) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = serializer.serialize(MetaData.from(event.getMetaData()), String.class);
        SerializedMessage<?> stored = new SerializedMessage<>(event.getIdentifier(), payload, metaData, serializer);
        if (event instanceof DomainEventMessage<?> domain) {
            return new GenericDomainEventMessage<>(domain.getType(), domain.getAggregateIdentifier(),
                    domain.getSequenceNumber(), stored, domain::getTimestamp);
        }
        return new GenericEventMessage<>(stored, event::getTimestamp);
    }
}
