package io.outturn.query.eventstore;

import io.outturn.events.OutturnEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One aggregate's events, read from the event store by its key (the aggregate identifier and sequence, the
 * store's own index on every store Outturn runs on), so a history is as cheap as loading the aggregate and never
 * lags behind what has been recorded.
 *
 * <p>Always read from sequence 0 with {@link EventStore#readEvents(String, long)}: the one-argument
 * {@code readEvents} starts from the aggregate's latest snapshot when there is one (on the embedded store and on
 * Axon Server alike), which would silently drop every event before it from a history. Snapshots are never
 * part of what is read here.
 *
 * <p>Every payload must be one of the records of {@code io.outturn.events}; its type is checked on the stored
 * message before the payload is deserialised, and anything else is refused.
 */
@Component
public class AggregateEvents {

    private static final Comparator<RecordedEvent> BY_SEQUENCE = Comparator.comparingLong(RecordedEvent::sequence);

    private final EventStore eventStore;

    AggregateEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * The aggregate's events that {@code wanted} selects, ordered by sequence. {@code wanted} is asked with the
     * stored message (timestamp, metadata, payload type), so payloads of events not wanted are never deserialised.
     */
    public List<RecordedEvent> read(String aggregateId, Predicate<? super DomainEventMessage<?>> wanted) {
        List<RecordedEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Class<? extends OutturnEvent> type = eventType(message);
            if (wanted.test(message)) {
                events.add(RecordedEvent.of(type.cast(message.getPayload()), message));
            }
        }
        events.sort(BY_SEQUENCE);
        return events;
    }

    /** The type of the aggregate's first event, which says what kind of aggregate it is; empty when it has none. */
    Optional<Class<? extends OutturnEvent>> firstEventType(String aggregateId) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
        return stream.hasNext() ? Optional.of(eventType(stream.peek())) : Optional.empty();
    }

    /** The aggregate's first event, which says what it is and whose; empty when it has none. */
    Optional<OutturnEvent> firstEvent(String aggregateId) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
        return stream.hasNext() && stream.peek().getPayload() instanceof OutturnEvent first
                ? Optional.of(first) : Optional.empty();
    }

    /** The event record the message carries, decided from its payload type alone (nothing is deserialised). */
    static Class<? extends OutturnEvent> eventType(DomainEventMessage<?> message) {
        Class<?> payloadType = message.getPayloadType();
        return EventTypes.of(payloadType).orElseThrow(() -> new UnknownEventTypeException(message.getIdentifier(),
                payloadType == null ? null : payloadType.getName()));
    }
}
