package io.outturn.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Objects;

/**
 * Axon's caching repository, but a cached aggregate is used only when it is provably current: its version must be
 * the last sequence number the event store holds for it, one cheap read (an indexed lookup in H2, one round trip
 * to Axon Server) instead of reading its events. Otherwise the entry is dropped and the aggregate loaded afresh.
 *
 * <p>Routing alone does not make a cache safe. When a command side stops, Axon Server gives its aggregates to the
 * others; when it comes back some return to it. An instance that cached an aggregate before such a move and is
 * given it again afterwards would decide on the state it last saw: answer a command as a no-op that is now a
 * revision, or append at a sequence number someone else has taken.
 */
final class FreshCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final EventStore eventStore;
    private final Cache cache;

    private FreshCachingRepository(EventSourcingRepository.Builder<T> builder, EventStore eventStore, Cache cache) {
        super(builder);
        this.eventStore = eventStore;
        this.cache = cache;
    }

    static <T> FreshCachingRepository<T> build(EventSourcingRepository.Builder<T> builder, EventStore eventStore,
                                               Cache cache) {
        return new FreshCachingRepository<>(builder.eventStore(eventStore).cache(cache), eventStore, cache);
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        if (cache.containsKey(aggregateIdentifier)) {
            Long stored = eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
            EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
            if (Objects.equals(aggregate.version(), stored)) {
                return aggregate;
            }
            cache.remove(aggregateIdentifier);
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }
}
