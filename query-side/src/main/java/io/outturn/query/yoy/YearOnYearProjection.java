package io.outturn.query.yoy;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.config.PendingDocuments;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionBatch;
import io.outturn.query.indicator.IndicatorFold;
import io.outturn.query.indicator.IndicatorState;
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
import java.util.Optional;

/**
 * Projects indicator events into {@code year_on_year}: fold each event into the document's own copy of the
 * state, and render the series from the state the indicator ends the processing batch with, once per batch. The
 * state and the series are one document, written at once, and an event not newer than that state is ignored.
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
        ProjectionBatch batch = ProjectionBatch.current();
        PendingDocuments<YearOnYearDocument> documents = batch.documents(mongo,
                YearOnYearDocument.COLLECTION, YearOnYearDocument.class,
                payload -> payload instanceof IndicatorEvent e ? e.indicatorId().value() : null);
        String id = event.indicatorId().value();
        Optional<YearOnYearDocument> stored = documents.find(id);
        IndicatorState before = stored.map(YearOnYearDocument::state).orElse(null);
        IndicatorState after = IndicatorFold.apply(before, event, sequence, timestamp);
        if (after == before) {
            return;
        }
        // Until the batch renders the series, the document carries the new state beside the series it had: the
        // next event of the batch folds from that state, and the series is replaced before anything is written.
        List<YearOnYearEntry> series = stored.map(YearOnYearDocument::years).orElse(List.of());
        documents.put(id, new YearOnYearDocument(id, after.indicatorId(), series, after, sequence));
        batch.beforeFlush(YearOnYearDocument.COLLECTION + ":" + id, () -> documents.put(id, rendered(id, after)));
    }

    private static YearOnYearDocument rendered(String id, IndicatorState state) {
        YearOnYearView view = state.definition() == null ? new YearOnYearView(state.indicatorId(), List.of())
                : YearOnYearViews.of(state);
        return new YearOnYearDocument(id, state.indicatorId(), view.years(), state, state.version() - 1);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), YearOnYearDocument.COLLECTION);
    }
}
