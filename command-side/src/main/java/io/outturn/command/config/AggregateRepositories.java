package io.outturn.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds each aggregate type's repository: event sourced, snapshotted by its trigger, with its cache used only
 * when the cached aggregate is current ({@link FreshCachingRepository}). Each aggregate names its repository bean
 * in {@code @Aggregate(repository = ...)}; the beans live beside the (package-private) aggregates.
 */
@Component
public class AggregateRepositories {

    private final EventStore eventStore;
    private final ParameterResolverFactory parameterResolverFactory;
    private final HandlerDefinition handlerDefinition;
    private final ObjectProvider<RepositorySpanFactory> spanFactory;

    AggregateRepositories(EventStore eventStore, ParameterResolverFactory parameterResolverFactory,
                          HandlerDefinition handlerDefinition, ObjectProvider<RepositorySpanFactory> spanFactory) {
        this.eventStore = eventStore;
        this.parameterResolverFactory = parameterResolverFactory;
        this.handlerDefinition = handlerDefinition;
        this.spanFactory = spanFactory;
    }

    public <T> Repository<T> eventSourced(Class<T> aggregateType, Cache cache, SnapshotTriggerDefinition snapshots) {
        EventSourcingRepository.Builder<T> builder = EventSourcingRepository.builder(aggregateType)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .snapshotTriggerDefinition(snapshots);
        spanFactory.ifAvailable(builder::spanFactory);
        return FreshCachingRepository.build(builder, eventStore, cache);
    }
}
