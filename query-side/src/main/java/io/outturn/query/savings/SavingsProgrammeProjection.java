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
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code savings_programme}: one document per programme, folded with {@link SavingsProgrammeFold}. The
 * documents a processing batch needs are read in one query and written in one bulk write of replace-upserts
 * when the batch ends (the query side's {@link ProjectionBatch}); an event the stored state already reflects
 * changes nothing, so redelivery and replays never double-count.
 */
@Component
@ProcessingGroup(ProcessingGroups.SAVINGS_PROGRAMME)
class SavingsProgrammeProjection {

    private final MongoTemplate mongo;
    private final SavingsProgrammeStore store;

    SavingsProgrammeProjection(MongoTemplate mongo, SavingsProgrammeStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @EventHandler
    void on(SavingsProgrammeEvent event, @SequenceNumber Long sequence, @Timestamp Instant timestamp) {
        if (!CurrentUnitOfWork.isStarted()) {
            SavingsProgrammeState before = store.find(event.programmeId()).orElse(null);
            SavingsProgrammeState after = SavingsProgrammeFold.apply(before, event, sequence, timestamp);
            if (after != before) {
                store.saveAll(List.of(after));
            }
            return;
        }
        PendingDocuments<Document> documents = ProjectionBatch.current().documents(mongo,
                SavingsProgrammeDocument.COLLECTION, Document.class, SavingsProgrammeProjection::programmeIdOf);
        String id = event.programmeId().value();
        SavingsProgrammeState before = documents.find(id).map(SavingsProgrammeDocument::toState).orElse(null);
        SavingsProgrammeState after = SavingsProgrammeFold.apply(before, event, sequence, timestamp);
        if (after != before) {
            documents.put(id, SavingsProgrammeDocument.toDocument(after));
        }
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    private static String programmeIdOf(Object payload) {
        return payload instanceof SavingsProgrammeEvent event ? event.programmeId().value() : null;
    }
}
