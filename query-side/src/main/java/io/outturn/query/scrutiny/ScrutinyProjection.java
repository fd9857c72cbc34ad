package io.outturn.query.scrutiny;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.config.OrganisationZone;
import io.outturn.query.config.PendingDocuments;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionBatch;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.query.indicator.FoldedIndicator;
import io.outturn.query.indicator.ScrutinyFlag;
import io.outturn.query.indicator.TargetProposal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;

/**
 * Keeps {@code scrutiny_flags}, one document per flag, and {@code target_proposals}, one per proposed revision, for
 * the lists across indicators. Each indicator event is folded into the indicator's state and scrutiny
 * ({@code scrutiny_indicator_state}) by the same pure code the status cards use ({@link FoldedIndicator}); the flags it
 * raises are written under their own ids, and a proposal it records or decides under the indicator's id and the
 * proposal's. An event not newer than the stored state is ignored, and a document written again is the same, so
 * redelivery and replays change nothing. Read and written once per processing batch, like the other projections.
 */
@Component
@ProcessingGroup(ProcessingGroups.SCRUTINY)
class ScrutinyProjection {

    private final MongoTemplate mongo;
    private final ZoneId zone;

    ScrutinyProjection(MongoTemplate mongo, OrganisationZone zone) {
        this.mongo = mongo;
        this.zone = zone.zone();
    }

    @EventHandler
    void on(IndicatorEvent event, DomainEventMessage<?> message) {
        ProjectionBatch batch = ProjectionBatch.current();
        // Flags and proposals first, the state they are derived from last: a crash in between leaves the state behind.
        PendingDocuments<ScrutinyFlagDocument> flags =
                batch.documents(mongo, ScrutinyFlagDocument.COLLECTION, ScrutinyFlagDocument.class);
        PendingDocuments<TargetProposalDocument> proposals =
                batch.documents(mongo, TargetProposalDocument.COLLECTION, TargetProposalDocument.class);
        PendingDocuments<ScrutinyStateDocument> states = batch.documents(mongo, ScrutinyStateDocument.COLLECTION,
                ScrutinyStateDocument.class, ScrutinyProjection::stateIdOf);

        String id = event.indicatorId().value();
        FoldedIndicator before = states.find(id).map(ScrutinyStateDocument::folded).orElse(null);
        FoldedIndicator after = FoldedIndicator.next(before, RecordedEvent.of(event, message), zone);
        if (after == before) {
            return;
        }
        states.put(id, ScrutinyStateDocument.of(id, after));
        List<ScrutinyFlag> all = after.scrutiny().flags();
        int known = before == null ? 0 : before.scrutiny().flags().size();
        for (ScrutinyFlag raised : all.subList(known, all.size())) {
            flags.put(raised.id(), ScrutinyFlagDocument.of(raised));
        }
        List<TargetProposal> proposed = after.scrutiny().proposals();
        List<TargetProposal> earlier = before == null ? List.of() : before.scrutiny().proposals();
        String organisation = after.state().definition() == null ? null : after.state().definition().organisation();
        for (int i = 0; i < proposed.size(); i++) {
            if (i >= earlier.size() || !proposed.get(i).equals(earlier.get(i))) {
                TargetProposalDocument document = TargetProposalDocument.of(proposed.get(i), organisation);
                proposals.put(document.id(), document);
            }
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ScrutinyFlagDocument.COLLECTION);
        mongo.remove(new Query(), TargetProposalDocument.COLLECTION);
        mongo.remove(new Query(), ScrutinyStateDocument.COLLECTION);
    }

    private static String stateIdOf(Object payload) {
        return payload instanceof IndicatorEvent event ? event.indicatorId().value() : null;
    }
}
