package io.outturn.query.ledger;

import io.outturn.ledger.CheckpointFold;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.Head;
import io.outturn.ledger.axon.LedgerStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The checkpoints as the checkpoint stream holds them, read from the event store (never from a read model, so
 * they are there after every restart, in both set-ups) and folded once: each request reads only the checkpoints
 * taken since the one before.
 */
@Component
class PublishedCheckpoints {

    private final LedgerStore store;
    private final CheckpointFold fold = new CheckpointFold();
    private long next;

    PublishedCheckpoints(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.store = new LedgerStore(eventStore, eventSerializer);
    }

    /** The newest valid checkpoint and every head it covers; an empty latest before the first. */
    synchronized Latest latest() {
        next = store.foldCheckpoints(next, fold);
        return new Latest(fold.latest(), Map.copyOf(fold.heads()));
    }

    /** @param checkpoint null before the first checkpoint */
    record Latest(CheckpointSignedEvent checkpoint, Map<String, Head> heads) {
    }
}
