package io.outturn.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import org.axonframework.modelling.command.ConcurrencyException;

import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Axon's {@link InMemoryEventStorageEngine}, replaceable by an empty one between tests, so that every test can
 * use the plans' own ids (NI130) without meeting the events of the test before it, while the Spring context
 * (and its start-up time) is shared. The aggregate caches are emptied with it: an aggregate cached by the test
 * before would otherwise outlive its events.
 */
public class ResettableEventStorageEngine implements EventStorageEngine {

    private final List<Cache> aggregateCaches;
    private final AtomicLong aggregateReads = new AtomicLong();
    private final AtomicReference<RuntimeException> nextAppendFailure = new AtomicReference<>();
    private final Deque<EventMessage<?>> rivals = new ConcurrentLinkedDeque<>();
    private volatile InMemoryEventStorageEngine delegate = new InMemoryEventStorageEngine();

    public ResettableEventStorageEngine(List<Cache> aggregateCaches) {
        this.aggregateCaches = List.copyOf(aggregateCaches);
    }

    /** Forget every event, and every aggregate loaded from them. */
    public void reset() {
        delegate = new InMemoryEventStorageEngine();
        aggregateCaches.forEach(Cache::removeAll);
        nextAppendFailure.set(null);
        rivals.clear();
    }

    /** How many times an aggregate's events have been read, to load it, since this engine was made. */
    public long aggregateReads() {
        return aggregateReads.get();
    }

    /** The next append throws {@code failure} instead of storing anything, as a full disk or a lost connection would. */
    public void failNextAppend(RuntimeException failure) {
        nextAppendFailure.set(failure);
    }

    /**
     * Each of the next appends loses a race to one of {@code events}, in order: as if another command side had
     * stored that event just before, the rival is stored and the append fails as a sequence conflict does.
     */
    public void loseNextAppendsTo(EventMessage<?>... events) {
        rivals.addAll(List.of(events));
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        RuntimeException failure = nextAppendFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        EventMessage<?> rival = rivals.poll();
        if (rival != null) {
            // Stored by "another writer": on a thread of its own, outside this append's unit of work.
            CompletableFuture.runAsync(() -> delegate.appendEvents(List.of(rival))).join();
            throw new ConcurrencyException("another writer stored the next event first");
        }
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        aggregateReads.incrementAndGet();
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
