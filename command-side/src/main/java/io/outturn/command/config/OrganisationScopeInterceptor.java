package io.outturn.command.config;

import io.outturn.command.domain.OrganisationPolicy;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses a command from a sender restricted to some organisations ({@link OrganisationPolicy}) when its aggregate
 * belongs to another one (issue 9, point 12). Whose an aggregate is was said by its first event, the definition of
 * an indicator or the creation of a programme, and never changes: it is read from the event store by the
 * aggregate's key, once, and remembered. A command that creates an aggregate names its organisation itself.
 * Commands from unrestricted senders pass without a look.
 */
class OrganisationScopeInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Organisations remembered, least recently used forgotten first: a few hundred bytes each. */
    private static final int REMEMBERED = 10_000;

    private final EventStore eventStore;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final Map<String, String> organisationById = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            });

    OrganisationScopeInterceptor(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (command.getMetaData().containsKey(OrganisationPolicy.SCOPE_KEY)) {
            OrganisationPolicy.requireWithin(command.getMetaData(), organisationOf(command));
        }
        return chain.proceed();
    }

    private String organisationOf(CommandMessage<?> command) {
        String id = targets.resolveTarget(command).getIdentifier();
        String recorded = organisationById.get(id);
        if (recorded == null) {
            recorded = recordedOrganisation(id);
            if (recorded != null) {
                organisationById.put(id, recorded);
            }
        }
        if (recorded != null) {
            return recorded;
        }
        return command.getPayload() instanceof OutturnCommand creation ? creation.organisation() : null;
    }

    private String recordedOrganisation(String aggregateId) {
        DomainEventStream events = eventStore.readEvents(aggregateId, 0L);
        if (!events.hasNext()) {
            return null;
        }
        DomainEventMessage<?> first = events.next();
        if (first.getPayload() instanceof IndicatorDefinedEvent defined) {
            return defined.organisation();
        }
        if (first.getPayload() instanceof SavingsProgrammeCreatedEvent created) {
            return created.organisation();
        }
        return null;
    }
}
