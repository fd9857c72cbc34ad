package io.outturn.query.indicator;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.TargetRevisionApprovedEvent;
import io.outturn.events.TargetRevisionProposedEvent;
import io.outturn.events.TargetRevisionRejectedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.RecordedEvent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Folds an indicator's events into its {@link IndicatorState}. Pure: the same events give the same state
 * whether they come from a live processor, a replay or the audit log read back for an as-of query. Held to
 * {@code IndicatorStateSpecification}, as the command side's aggregate is: an assessment judges one milestone,
 * so a year's assessment goes when its target becomes another one or is withdrawn, and stays when only the
 * printed text is revised.
 */
public final class IndicatorFold {

    private IndicatorFold() {
    }

    /**
     * The state after {@code event}, the event with aggregate sequence number {@code sequence} recorded at
     * {@code timestamp}. An event not newer than the state ({@code sequence + 1 <= state.version()}) is a
     * redelivery or an old event replayed: the state is returned unchanged (the same instance).
     *
     * @param state the state so far, or null before the first event
     */
    public static IndicatorState apply(IndicatorState state, IndicatorEvent event, long sequence, Instant timestamp) {
        Objects.requireNonNull(event, "event");
        if (state != null && sequence + 1 <= state.version()) {
            return state;
        }
        IndicatorState before = state != null ? state : IndicatorState.empty(event.indicatorId());
        return applyPayload(before, event, timestamp).at(sequence + 1, timestamp);
    }

    /**
     * The indicator's state on {@code basis}: of its {@code events} (every one it has, or at least those recorded by
     * {@code basis.asOf()}, in sequence), those that count on the basis ({@link Basis#counts}), folded as the live
     * read model folds them. Its {@code version} and {@code lastChangedAt} are those of the last event that counted.
     * Null when none counts (the indicator was not yet recorded by {@code asOf}).
     */
    public static IndicatorState at(List<RecordedEvent> events, Basis basis) {
        return basis.fold(events, IndicatorEvent.class, IndicatorFold::apply);
    }

    private static IndicatorState applyPayload(IndicatorState state, IndicatorEvent event, Instant timestamp) {
        if (event instanceof IndicatorDefinedEvent defined) {
            return state.withDefinition(IndicatorDefinition.of(defined));
        }
        if (event instanceof IndicatorAmendedEvent amended) {
            return state.definition() == null ? state : state.withDefinition(state.definition().amendedBy(amended));
        }
        if (event instanceof TargetSetEvent set) {
            YearState year = state.year(set.fy()).withTarget(set.printedTarget(), set.effectiveAt(timestamp));
            return state.withYear(set.fy(), set.target().equals(set.previous()) ? year : year.withAssessment(null, null));
        }
        if (event instanceof TargetWithdrawnEvent withdrawn) {
            return state.withYear(withdrawn.fy(), state.year(withdrawn.fy()).withTarget(null, null).withAssessment(null, null));
        }
        if (event instanceof ActualRecordedEvent recorded) {
            return state.withYear(recorded.fy(), state.year(recorded.fy())
                    .withActual(recorded.quarter(), new ActualEntry(recorded.value(), false, recorded.note())));
        }
        if (event instanceof ActualCorrectedEvent corrected) {
            return state.withYear(corrected.fy(), state.year(corrected.fy())
                    .withActual(corrected.quarter(), new ActualEntry(corrected.value(), true, corrected.note())));
        }
        if (event instanceof MilestoneAssessedEvent assessed) {
            return state.withYear(assessed.fy(), state.year(assessed.fy())
                    .withAssessment(assessed.assessment(), assessed.note()));
        }
        if (event instanceof TargetRevisionProposedEvent || event instanceof TargetRevisionApprovedEvent
                || event instanceof TargetRevisionRejectedEvent) {
            // A proposal changes no target: the approved revision that follows does. The card shows a waiting
            // proposal from the indicator's Scrutiny, which knows who proposed it.
            return state;
        }
        throw new IllegalArgumentException("unknown indicator event " + event.getClass().getName());
    }
}
