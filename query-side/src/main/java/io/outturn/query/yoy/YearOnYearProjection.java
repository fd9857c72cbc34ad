package io.outturn.query.yoy;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.config.PendingDocuments;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionBatch;
import io.outturn.query.fold.IndicatorFold;
import io.outturn.query.fold.IndicatorState;
import io.outturn.query.fold.YearOnYearView;
import io.outturn.query.fold.YearOnYearViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Projects indicator events into {@code year_on_year}: fold into the document's own copy of the state, then
 * render the series again. The state and the series are one document, written at once, and an event not newer
 * than that state is ignored.
 */
@Component
@ProcessingGroup(ProcessingGroups.YEAR_ON_YEAR)
class YearOnYearProjection {

    private final MongoTemplate mongo;

    YearOnYearProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(IndicatorEvent event, @SequenceNumber Long sequence, @Timestamp Instant timestamp) {
        Objects.requireNonNull(sequence, "indicator events are domain events and carry a sequence number");
        PendingDocuments<YearOnYearDocument> documents = ProjectionBatch.current().documents(mongo,
                YearOnYearDocument.COLLECTION, YearOnYearDocument.class,
                payload -> payload instanceof IndicatorEvent e ? e.indicatorId().value() : null);
        String id = event.indicatorId().value();
        IndicatorState before = documents.find(id).map(YearOnYearDocument::state).orElse(null);
        IndicatorState after = IndicatorFold.apply(before, event, sequence, timestamp);
        if (after == before) {
            return;
        }
        YearOnYearView view = after.definition() == null ? new YearOnYearView(after.indicatorId(), List.of())
                : YearOnYearViews.of(after);
        documents.put(id, new YearOnYearDocument(id, after.indicatorId(), view.years(), after, sequence));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), YearOnYearDocument.COLLECTION);
    }
}
