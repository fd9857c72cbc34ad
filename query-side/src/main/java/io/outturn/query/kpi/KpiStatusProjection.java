package io.outturn.query.kpi;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.config.PendingDocuments;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionBatch;
import io.outturn.query.fold.IndicatorFold;
import io.outturn.query.fold.IndicatorState;
import io.outturn.query.fold.KpiCards;
import io.outturn.query.fold.KpiStatusView;
import io.outturn.values.FinancialYear;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Objects;

/**
 * Projects indicator events into {@code kpi_status} cards. Every event is folded into the indicator's state
 * ({@code kpi_indicator_state}) and then every card of the indicator is rendered again: each card carries the
 * indicator's version (its ETag), and a definition change or a year's outturn can alter other years' cards.
 * An event not newer than the stored state is ignored, so redelivery and replays never count twice.
 */
@Component
@ProcessingGroup(ProcessingGroups.KPI_STATUS)
class KpiStatusProjection {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    KpiStatusProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(IndicatorEvent event, @SequenceNumber Long sequence, @Timestamp Instant timestamp) {
        Objects.requireNonNull(sequence, "indicator events are domain events and carry a sequence number");
        ProjectionBatch batch = ProjectionBatch.current();
        // Cards are asked for first so that they are written before the state they are rendered from.
        PendingDocuments<KpiStatusDocument> cards =
                batch.documents(mongo, KpiStatusDocument.COLLECTION, KpiStatusDocument.class, payload -> null);
        PendingDocuments<IndicatorStateDocument> states = batch.documents(mongo, IndicatorStateDocument.COLLECTION,
                IndicatorStateDocument.class, KpiStatusProjection::stateIdOf);

        String id = event.indicatorId().value();
        IndicatorState before = states.find(id).map(IndicatorStateDocument::state).orElse(null);
        IndicatorState after = IndicatorFold.apply(before, event, sequence, timestamp);
        if (after == before) {
            return;
        }
        for (FinancialYear fy : after.years().keySet()) {
            if (KpiCards.hasCard(after, fy)) {
                KpiStatusView card = KpiCards.card(after, fy);
                String cardId = KpiStatusDocument.idOf(card.indicatorId(), fy);
                cards.put(cardId, KpiStatusDocument.of(card, sequence));
                batch.afterCommit(KpiStatusDocument.COLLECTION + ":" + cardId,
                        () -> updates.emit(FindKpiStatusStreamQuery.class, query -> query.follows(card), card));
            }
        }
        states.put(id, new IndicatorStateDocument(id, after, sequence));
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
