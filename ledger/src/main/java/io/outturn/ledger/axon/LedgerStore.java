package io.outturn.ledger.axon;

import io.outturn.ledger.CheckpointFold;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.Ledger;
import io.outturn.ledger.StoredEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The event store as the ledger reads it, through Axon's {@link EventStore} API only, so the same on the H2 store
 * and on Axon Server: the whole store in the order it stored the events, one aggregate by its key, and the
 * checkpoint stream. Never a snapshot: aggregates are read from sequence 0.
 */
public final class LedgerStore {

    /** How long the store may take to hand over an event it has already said it holds. */
    private static final int STALL_SECONDS = 60;

    private final EventStore eventStore;
    private final StoredEvents storedEvents;

    public LedgerStore(EventStore eventStore, Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.storedEvents = StoredEvents.of(eventStore, eventSerializer);
    }

    public StoredEvent stored(DomainEventMessage<?> message) {
        return storedEvents.of(message);
    }

    /** The store's global position of its newest event; -1 when it is empty. */
    public long headPosition() {
        return position(eventStore.createHeadToken());
    }

    /**
     * Hands every aggregate event stored after {@code after} (null: from the first) up to the store's head as it is
     * when called, in the store's order, to {@code each}.
     *
     * @return the token of the last event read; {@code after} when there was nothing to read
     */
    public TrackingToken readToHead(TrackingToken after, Consumer<StoredEvent> each) {
        long head = headPosition();
        long position = position(after);
        TrackingToken token = after;
        if (position >= head) {
            return token;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(after)) {
            while (position < head) {
                if (!stream.hasNextAvailable(STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the event store stopped streaming at position " + position
                            + ", short of its head " + head);
                }
                TrackedEventMessage<?> message = stream.nextAvailable();
                token = message.trackingToken();
                position = position(token);
                if (message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null) {
                    each.accept(storedEvents.of(event));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
        return token;
    }

    /** One aggregate's events, by its key, from sequence 0, in sequence order. */
    public List<StoredEvent> aggregate(String aggregateId) {
        List<StoredEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            events.add(storedEvents.of(stream.next()));
        }
        return events;
    }

    /**
     * Folds the checkpoint stream's events from {@code fromSequence} into {@code fold}.
     *
     * @return the sequence to read from next time
     */
    public long foldCheckpoints(long fromSequence, CheckpointFold fold) {
        long next = fromSequence;
        DomainEventStream stream = eventStore.readEvents(Ledger.CHECKPOINTS, fromSequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            next = message.getSequenceNumber() + 1;
            Object payload;
            try {
                payload = message.getPayload();
            } catch (RuntimeException unreadable) {
                fold.unreadable(message.getSequenceNumber(), unreadable.getMessage());
                continue;
            }
            if (payload instanceof CheckpointSignedEvent checkpoint) {
                fold.accept(checkpoint);
            } else {
                fold.unreadable(message.getSequenceNumber(), "its payload is a " + message.getPayloadType().getName());
            }
        }
        return next;
    }

    public static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
