package io.outturn.query.savings;

import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.RecordedEvent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Folds one savings programme event into the programme's state. Pure, so that the projection and the as-of
 * reconstruction from the event store build exactly the same thing from the same events.
 */
final class SavingsProgrammeFold {

    private SavingsProgrammeFold() {
    }

    /**
     * The state after {@code event}, which the event store recorded as the aggregate's {@code sequence}-th
     * (0-based) event at {@code timestamp}. An event the state already reflects (redelivered, or older than the
     * state) leaves it unchanged, which is what makes the projection idempotent.
     */
    static SavingsProgrammeState apply(SavingsProgrammeState stateOrNull, SavingsProgrammeEvent event, long sequence,
                                       Instant timestamp) {
        long version = sequence + 1;
        if (stateOrNull != null && version <= stateOrNull.version()) {
            return stateOrNull;
        }
        SavingsProgrammeState state = stateOrNull == null ? SavingsProgrammeState.empty(event.programmeId()) : stateOrNull;
        // MongoDB keeps dates to the millisecond: folding to the same precision makes a stored view and one
        // rebuilt from the event store identical.
        Instant at = timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.MILLIS);
        return change(state, event, at).appliedAt(version, at);
    }

    /**
     * The programme's state on {@code basis}: of its {@code events} (in sequence), those that count on the basis
     * ({@link Basis#counts}), folded as the live read model folds them. Null when none counts.
     */
    static SavingsProgrammeState at(List<RecordedEvent> events, Basis basis) {
        return basis.fold(events, SavingsProgrammeEvent.class, SavingsProgrammeFold::apply);
    }

    private static SavingsProgrammeState change(SavingsProgrammeState state, SavingsProgrammeEvent event, Instant at) {
        if (event instanceof SavingsProgrammeCreatedEvent created) {
            return state.created(created.title(), created.organisation(), created.financialYears(),
                    created.overallTarget());
        }
        if (event instanceof SavingsLineAddedEvent added) {
            return state.withLine(new SavingsLine(added.lineId(), added.ref(), added.title(), added.serviceArea(),
                    added.profile(), false, 0, null));
        }
        // The command side never emits a line event for a line the programme lacks; should one arrive, the
        // fold keeps what it knows rather than invent a line without a title or service area.
        if (event instanceof SavingsLineRevisedEvent revised) {
            return state.line(revised.lineId())
                    .map(line -> state.withLine(line.revised(revised.profile())))
                    .orElse(state);
        }
        if (event instanceof SavingsLineWithdrawnEvent withdrawn) {
            return state.line(withdrawn.lineId())
                    .map(line -> state.withLine(line.withdraw()))
                    .orElse(state);
        }
        if (event instanceof SavingsDeliveryRecordedEvent delivered) {
            LineDelivery report = new LineDelivery(delivered.quarter(), delivered.achievedToDate(), delivered.rag(),
                    delivered.note(), at);
            return state.line(delivered.lineId())
                    .map(line -> state.withLine(line.delivered(delivered.fy(), report)))
                    .orElse(state);
        }
        throw new IllegalArgumentException("not a savings programme event: " + event.getClass().getName());
    }
}
