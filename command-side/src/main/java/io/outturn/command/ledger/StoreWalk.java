package io.outturn.command.ledger;

import io.outturn.ledger.Break;
import io.outturn.ledger.ChainWalk;
import io.outturn.ledger.CheckpointFold;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.Head;
import io.outturn.ledger.Ledger;
import io.outturn.ledger.Problem;
import io.outturn.ledger.axon.StoredEvents;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole event store walked once and then followed: every aggregate's chain checked and its head known, and
 * the checkpoint stream folded, so that a checkpoint reads only what was stored since the one before. Not
 * thread-safe: {@link Checkpoints} takes one checkpoint at a time.
 */
final class StoreWalk {

    /** How long the store may take to hand over an event it has already said it holds. */
    private static final int STALL_SECONDS = 60;

    private final EventStore eventStore;
    private final StoredEvents storedEvents;
    private ChainWalk chains;
    private CheckpointFold checkpoints;
    private TrackingToken token;
    private long position;
    private long nextCheckpoint;
    private Break unreadable;

    StoreWalk(EventStore eventStore, StoredEvents storedEvents) {
        this.eventStore = eventStore;
        this.storedEvents = storedEvents;
        restart();
    }

    /** Forgets everything walked: the next catch-up reads the store from its first event. */
    void restart() {
        chains = new ChainWalk();
        checkpoints = new CheckpointFold();
        token = null;
        position = -1;
        nextCheckpoint = 0;
        unreadable = null;
    }

    /** Reads what was stored since the last catch-up, up to the store's head as it is now. */
    void catchUp() {
        long head = positionOf(eventStore.createHeadToken());
        if (head < position) {
            // The store holds less than was walked (emptied, or its newest events deleted): walk it again.
            restart();
        }
        if (head > position) {
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(token)) {
                while (position < head) {
                    if (!stream.hasNextAvailable(STALL_SECONDS, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the event store stopped streaming at position " + position
                                + ", short of its head " + head);
                    }
                    TrackedEventMessage<?> message = stream.nextAvailable();
                    token = message.trackingToken();
                    position = positionOf(token);
                    if (message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null) {
                        chains.accept(storedEvents.of(event));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the event store", e);
            }
        }
        DomainEventStream stream = eventStore.readEvents(Ledger.CHECKPOINTS, nextCheckpoint);
        while (unreadable == null && stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            nextCheckpoint = message.getSequenceNumber() + 1;
            Object payload;
            try {
                payload = message.getPayload();
            } catch (RuntimeException e) {
                payload = e;
            }
            if (payload instanceof CheckpointSignedEvent checkpoint) {
                checkpoints.accept(checkpoint);
            } else {
                unreadable = new Break(Ledger.CHECKPOINTS, message.getSequenceNumber(), Problem.CHECKPOINT_INVALID,
                        "it cannot be read as a checkpoint: " + payload);
            }
        }
    }

    /** Every broken link walked so far, the checkpoint stream's included. */
    List<Break> breaks() {
        List<Break> breaks = new ArrayList<>(chains.breaks());
        if (unreadable != null) {
            breaks.add(unreadable);
        }
        if (checkpoints.broken() != null) {
            breaks.add(checkpoints.broken());
        }
        return breaks;
    }

    /** The head of every aggregate but the checkpoint stream: the leaves of the next checkpoint. */
    Map<String, Head> heads() {
        Map<String, Head> heads = new HashMap<>(chains.heads());
        heads.remove(Ledger.CHECKPOINTS);
        return heads;
    }

    CheckpointFold checkpoints() {
        return checkpoints;
    }

    /** The store's global position walked up to; -1 before the first event. */
    long position() {
        return position;
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
