package io.outturn.query.eventstore;

import io.outturn.events.IndicatorEvent;
import io.outturn.events.OutturnEvent;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads an aggregate's events back for histories and for rebuilding its state on a {@link Basis} (as of a moment
 * of transaction time, in force at a moment of effective time, or both).
 * They come from the event store, keyed by the aggregate (see {@link AggregateEvents}), not from the
 * {@code audit_log} read model: the store is the truth, so an answer "as of" a moment never lags behind the
 * projection, and a keyed read of one aggregate stays cheap however long the audit log grows.
 */
@Component
public class EventStoreReader {

    private static final Set<Class<?>> TARGET_EVENTS = Set.of(TargetSetEvent.class, TargetWithdrawnEvent.class);
    private static final Set<Class<?>> LINE_EVENTS = Set.of(SavingsLineAddedEvent.class,
            SavingsLineRevisedEvent.class, SavingsLineWithdrawnEvent.class, SavingsDeliveryRecordedEvent.class);

    private final AggregateEvents aggregateEvents;

    EventStoreReader(AggregateEvents aggregateEvents) {
        this.aggregateEvents = aggregateEvents;
    }

    /**
     * The aggregate's events recorded at or before {@code upToInclusive} (every event when it is null), exact to
     * the timestamp's precision, ordered by sequence.
     */
    public List<RecordedEvent> eventsOf(String aggregateId, Instant upToInclusive) {
        return aggregateEvents.read(aggregateId,
                message -> upToInclusive == null || !message.getTimestamp().isAfter(upToInclusive));
    }

    /** Every target set or withdrawn for one indicator and year, ordered by sequence. */
    public List<RecordedEvent> targetEventsOf(IndicatorId indicatorId, FinancialYear fy) {
        return aggregateEvents.read(indicatorId.value(), message -> TARGET_EVENTS.contains(message.getPayloadType()))
                .stream()
                .filter(recorded -> fy.equals(targetYearOf(recorded.event())))
                .toList();
    }

    /** Every event about one savings line (added, revised, withdrawn, delivery), ordered by sequence. */
    public List<RecordedEvent> lineEventsOf(ProgrammeId programmeId, LineId lineId) {
        return aggregateEvents.read(programmeId.value(), message -> LINE_EVENTS.contains(message.getPayloadType()))
                .stream()
                .filter(recorded -> lineId.equals(lineOf(recorded.event())))
                .toList();
    }

    /** Whether the store holds an indicator of this identifier. */
    public boolean indicatorExists(IndicatorId indicatorId) {
        return aggregateEvents.firstEventType(indicatorId.value())
                .filter(IndicatorEvent.class::isAssignableFrom)
                .isPresent();
    }

    /** Whether the store holds a savings programme of this identifier. */
    public boolean programmeExists(ProgrammeId programmeId) {
        return aggregateEvents.firstEventType(programmeId.value())
                .filter(SavingsProgrammeEvent.class::isAssignableFrom)
                .isPresent();
    }

    private static FinancialYear targetYearOf(OutturnEvent event) {
        if (event instanceof TargetSetEvent set) {
            return set.fy();
        }
        if (event instanceof TargetWithdrawnEvent withdrawn) {
            return withdrawn.fy();
        }
        return null;
    }

    private static LineId lineOf(OutturnEvent event) {
        if (event instanceof SavingsLineAddedEvent added) {
            return added.lineId();
        }
        if (event instanceof SavingsLineRevisedEvent revised) {
            return revised.lineId();
        }
        if (event instanceof SavingsLineWithdrawnEvent withdrawn) {
            return withdrawn.lineId();
        }
        if (event instanceof SavingsDeliveryRecordedEvent delivery) {
            return delivery.lineId();
        }
        return null;
    }

    /**
     * A pure fold of an aggregate's events (what {@link Basis#fold} folds with): the state after {@code event}, the
     * aggregate's {@code sequence}-th (0-based) event, recorded at {@code recordedAt}; {@code state} is null before
     * the first event.
     */
    @FunctionalInterface
    public interface Fold<S, E extends OutturnEvent> {
        S apply(S state, E event, long sequence, Instant recordedAt);
    }
}
