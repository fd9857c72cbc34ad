package io.outturn.command.ledger;

import io.outturn.ledger.CanonicalForm;
import io.outturn.ledger.Head;
import io.outturn.ledger.Ledger;
import io.outturn.ledger.StoredEvent;
import io.outturn.ledger.axon.LedgerStore;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Chains every event to its aggregate's previous one, just before the append: registered on the event store
 * itself, it sees a unit of work's events when they are about to be stored, with their final sequence, timestamp
 * and metadata, and adds {@code ledger.previous} and {@code ledger.hash} (the hash of the canonical form: see
 * docs/ledger.md). The same on the H2 store and on Axon Server, which both store metadata with the event.
 *
 * <p>The previous hash never comes from the aggregate: a snapshot or a cached aggregate could be stale, and the
 * hash must be the stored one. It is, in this order: the genesis for sequence 0; the hash of an event of the same
 * unit of work; the hash recorded in {@link RecentHeads} after an earlier commit, when it is for the sequence just
 * before; otherwise the previous event read from the store. A rejected append (two command sides racing on one
 * aggregate) records nothing, since heads are recorded only after the commit.
 *
 * <p>It must be the event store's last dispatch interceptor (no other is registered on it), as anything that
 * changed an event's metadata after it would change what was hashed.
 */
final class LedgerHashInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String PENDING_HEADS = LedgerHashInterceptor.class.getName() + ".pendingHeads";

    private final EventStore eventStore;
    private final LedgerStore ledgerStore;
    private final RecentHeads recentHeads;

    LedgerHashInterceptor(EventStore eventStore, LedgerStore ledgerStore, RecentHeads recentHeads) {
        this.eventStore = eventStore;
        this.ledgerStore = ledgerStore;
        this.recentHeads = recentHeads;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Head> pending = pendingHeads();
        List<EventMessage<?>> hashed = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            hashed.add(message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null
                    ? hash(event, pending)
                    : message);
        }
        return (index, message) -> hashed.get(index);
    }

    private DomainEventMessage<?> hash(DomainEventMessage<?> event, Map<String, Head> pending) {
        String aggregateId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        String previous = previousOf(aggregateId, sequence, pending);
        StoredEvent stored = ledgerStore.stored(event);
        String hash = CanonicalForm.hash(previous, stored);
        pending.put(aggregateId, new Head(aggregateId, sequence, hash));
        return event.andMetaData(Map.of(Ledger.PREVIOUS, previous, Ledger.HASH, hash));
    }

    private String previousOf(String aggregateId, long sequence, Map<String, Head> pending) {
        if (sequence == 0) {
            return Ledger.GENESIS;
        }
        Head inThisUnitOfWork = pending.get(aggregateId);
        if (inThisUnitOfWork != null && inThisUnitOfWork.sequence() == sequence - 1) {
            return inThisUnitOfWork.hash();
        }
        String recent = recentHeads.hashOf(aggregateId, sequence - 1);
        return recent != null ? recent : storedHashOf(aggregateId, sequence - 1);
    }

    /** The hash of the stored event {@code sequence}; computed along the chain when it was stored before the ledger. */
    private String storedHashOf(String aggregateId, long sequence) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, sequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getSequenceNumber() == sequence) {
                StoredEvent previous = ledgerStore.stored(message);
                return previous.hashed() ? previous.storedHash() : chainedHashOf(aggregateId, sequence);
            }
        }
        throw new OutturnException(ErrorCode.LEDGER_BROKEN, "cannot chain an event of " + aggregateId
                + " after sequence " + sequence + ": the event store does not hold that sequence");
    }

    /** The hash of an event stored before the ledger: the chain computed from the genesis, by the same rule. */
    private String chainedHashOf(String aggregateId, long sequence) {
        String hash = Ledger.GENESIS;
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getSequenceNumber() > sequence) {
                break;
            }
            StoredEvent event = ledgerStore.stored(message);
            hash = event.hashed() ? event.storedHash() : CanonicalForm.hash(hash, event);
        }
        return hash;
    }

    /**
     * The heads hashed in the current unit of work, recorded in {@link RecentHeads} once it has committed. Kept on
     * the root unit of work, which is the one that appends.
     */
    private Map<String, Head> pendingHeads() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING_HEADS, key -> {
            Map<String, Head> pending = new HashMap<>();
            root.afterCommit(committed -> pending.values().forEach(recentHeads::record));
            return pending;
        });
    }
}
