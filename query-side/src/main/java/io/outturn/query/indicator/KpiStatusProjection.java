package io.outturn.query.indicator;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.config.OrganisationZone;
import io.outturn.query.config.PendingDocuments;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionBatch;
import io.outturn.query.eventstore.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Projects indicator events into {@code kpi_status} cards. Every event is folded into the indicator's state
 * ({@code kpi_indicator_state}); every card of the indicator is rendered from the state the indicator ends the
 * processing batch with, once per batch: each card carries the indicator's version (its ETag), and a definition
 * change or a year's outturn can alter other years' cards. The indicator's {@link Scrutiny} is folded beside its
 * state, so that each card carries the flags raised about its year. An event not newer than the stored state is ignored,
 * so redelivery and replays never count twice.
 */
@Component
@ProcessingGroup(ProcessingGroups.KPI_STATUS)
class KpiStatusProjection {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;
    private final ZoneId zone;

    KpiStatusProjection(MongoTemplate mongo, QueryUpdateEmitter updates, OrganisationZone zone) {
        this.mongo = mongo;
        this.updates = updates;
        this.zone = zone.zone();
    }

    @EventHandler
    void on(IndicatorEvent event, DomainEventMessage<?> message) {
        long sequence = message.getSequenceNumber();
        ProjectionBatch batch = ProjectionBatch.current();
        // Cards are asked for first so that they are written before the state they are rendered from.
        PendingDocuments<KpiStatusDocument> cards =
                batch.documents(mongo, KpiStatusDocument.COLLECTION, KpiStatusDocument.class);
        PendingDocuments<IndicatorStateDocument> states = batch.documents(mongo, IndicatorStateDocument.COLLECTION,
                IndicatorStateDocument.class, KpiStatusProjection::stateIdOf);

        String id = event.indicatorId().value();
        Optional<IndicatorStateDocument> stored = states.find(id);
        IndicatorState before = stored.map(IndicatorStateDocument::state).orElse(null);
        IndicatorState after = IndicatorFold.apply(before, event, sequence, message.getTimestamp());
        if (after == before) {
            return;
        }
        Scrutiny scrutiny = ScrutinyFold.apply(stored.map(IndicatorStateDocument::scrutinySoFar).orElse(null),
                before == null ? IndicatorState.empty(event.indicatorId()) : before, after,
                RecordedEvent.of(event, message), zone);
        states.put(id, new IndicatorStateDocument(id, after, scrutiny, sequence));
        batch.beforeFlush(KpiStatusDocument.COLLECTION + ":" + id, () -> render(batch, cards, after, scrutiny));
    }

    /** Writes every card of the indicator as {@code state} has it, and announces each after commit. */
    private void render(ProjectionBatch batch, PendingDocuments<KpiStatusDocument> cards, IndicatorState state,
                        Scrutiny scrutiny) {
        long lastSequence = state.version() - 1;
        for (KpiStatusView card : KpiCards.cards(state, scrutiny)) {
            String cardId = KpiStatusDocument.idOf(state.indicatorId(), card.fy());
            cards.put(cardId, KpiStatusDocument.of(cardId, card, lastSequence));
            batch.afterCommit(KpiStatusDocument.COLLECTION + ":" + cardId, () -> announce(card));
        }
    }

    /**
     * Tells live followers and waiting reads about the card. Making an update message costs a random UUID, so it
     * is skipped when the emitter can tell that nobody follows: a follower who subscribes later still sees this
     * card, in the initial result its subscription reads once registered, because the card is stored before this
     * runs.
     */
    private void announce(KpiStatusView card) {
        boolean local = updates instanceof SimpleQueryUpdateEmitter;
        if (!local || somebodyFollows(FindKpiStatusStreamQuery.class)) {
            updates.emit(FindKpiStatusStreamQuery.class, query -> query.follows(card), card);
        }
        if (!local || somebodyFollows(KpiCardVersionQuery.class)) {
            updates.emit(KpiCardVersionQuery.class, query -> query.follows(card), card.version());
        }
    }

    private boolean somebodyFollows(Class<?> queryType) {
        for (SubscriptionQueryMessage<?, ?, ?> subscription : updates.activeSubscriptions()) {
            if (queryType.isAssignableFrom(subscription.getPayloadType())) {
                return true;
            }
        }
        return false;
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), KpiStatusDocument.COLLECTION);
        mongo.remove(new Query(), IndicatorStateDocument.COLLECTION);
    }

    private static String stateIdOf(Object payload) {
        return payload instanceof IndicatorEvent event ? event.indicatorId().value() : null;
    }
}
