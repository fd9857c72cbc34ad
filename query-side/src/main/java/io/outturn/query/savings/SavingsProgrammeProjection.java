package io.outturn.query.savings;

import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.query.config.PendingDocuments;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code savings_programme}: one document per programme, folded with {@link SavingsProgrammeFold}. The
 * documents a processing batch needs are read in one query and written in one bulk write of replace-upserts
 * when the batch ends (the query side's {@link ProjectionBatch}), each rendered once, from the state its programme
 * ends the batch with; an event the stored state already reflects changes nothing, so redelivery and replays
 * never double-count.
 */
@Component
@ProcessingGroup(ProcessingGroups.SAVINGS_PROGRAMME)
class SavingsProgrammeProjection {

    /** The batch's programmes as folded so far, so that a programme's document is read and rendered once a batch. */
    private static final String FOLDED = SavingsProgrammeProjection.class.getName() + ".folded";

    private final MongoTemplate mongo;
    private final SavingsProgrammeStore store;
    private final QueryUpdateEmitter updates;

    SavingsProgrammeProjection(MongoTemplate mongo, SavingsProgrammeStore store, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.store = store;
        this.updates = updates;
    }

    @EventHandler
    void on(SavingsProgrammeEvent event, @SequenceNumber Long sequence, @Timestamp Instant timestamp) {
        if (!CurrentUnitOfWork.isStarted()) {
            SavingsProgrammeState before = store.find(event.programmeId()).orElse(null);
            SavingsProgrammeState after = SavingsProgrammeFold.apply(before, event, sequence, timestamp);
            if (after != before) {
                store.saveAll(List.of(after));
                announce(after);
            }
            return;
        }
        ProjectionBatch batch = ProjectionBatch.current();
        PendingDocuments<Document> documents = batch.documents(mongo, SavingsProgrammeDocument.COLLECTION,
                Document.class, SavingsProgrammeProjection::programmeIdOf);
        Map<String, SavingsProgrammeState> folded = batch.local(FOLDED, HashMap::new);
        String id = event.programmeId().value();
        SavingsProgrammeState before = folded.get(id);
        if (before == null) {
            before = documents.find(id).map(SavingsProgrammeDocument::toState).orElse(null);
        }
        SavingsProgrammeState after = SavingsProgrammeFold.apply(before, event, sequence, timestamp);
        if (after != before) {
            folded.put(id, after);
            batch.beforeFlush(SavingsProgrammeDocument.COLLECTION + ":" + id,
                    () -> documents.put(id, SavingsProgrammeDocument.toDocument(after)));
            batch.afterCommit(SavingsProgrammeDocument.COLLECTION + ":" + id, () -> announce(after));
        }
    }

    /** Tells reads waiting for a version of the programme (only the batch's last state of it, once committed). */
    private void announce(SavingsProgrammeState state) {
        if (updates instanceof SimpleQueryUpdateEmitter && updates.activeSubscriptions().stream()
                .noneMatch(subscription -> ProgrammeVersionQuery.class.isAssignableFrom(subscription.getPayloadType()))) {
            return;
        }
        updates.emit(ProgrammeVersionQuery.class, query -> query.programmeId().equals(state.id()), state.version());
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    private static String programmeIdOf(Object payload) {
        return payload instanceof SavingsProgrammeEvent event ? event.programmeId().value() : null;
    }
}
