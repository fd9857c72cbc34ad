package io.outturn.command.indicator;

import io.outturn.command.domain.AggregateState;
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
import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.PrintedTarget;
import io.outturn.values.ProposalId;
import io.outturn.values.Quarter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an indicator is after its events: the definition, per financial year the target in force with its
 * printed text, the milestone assessment and the actuals, each with when it took effect, and the proposal waiting
 * for approval, and the version (how many events). A pure, immutable fold, {@link #apply} one event at a time from {@link #NONE}: the aggregate's
 * event-sourcing handler does exactly that, and so does an import checking a file against what is recorded. Held
 * to {@code IndicatorStateSpecification}, as the status cards' fold is.
 *
 * @param id         null before the first event
 * @param definition null before the first event
 */
public record IndicatorState(IndicatorId id, IndicatorDefinition definition,
                             SortedMap<FinancialYear, Year> years, long version) implements AggregateState<IndicatorState, IndicatorEvent> {

    /** Before the first event. */
    public static final IndicatorState NONE = new IndicatorState(null, null, null, 0);

    public IndicatorState {
        years = years == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(years));
    }

    /**
     * One financial year: the target in force (null when none or withdrawn), the assessment of that target if
     * it is a milestone (null when none), each quarter's actual, and the proposed revision waiting for a second
     * person (null when none). {@code targetEffectiveAt} is when the year's latest target setting or withdrawal took
     * effect (null before the first): a withdrawn target's year keeps it, so that a target set again cannot take
     * effect before the withdrawal did.
     */
    public record Year(PrintedTarget target, Instant targetEffectiveAt, Assessed assessment,
                       SortedMap<Quarter, Actual> actuals, Proposal pending) {

        static final Year EMPTY = new Year(null, null, null, null, null);

        public Year {
            actuals = actuals == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(actuals));
        }

        Year withTarget(PrintedTarget newTarget, Instant effectiveAt, Assessed keptAssessment) {
            return new Year(newTarget, effectiveAt, keptAssessment, actuals, pending);
        }

        Year withAssessment(Assessed newAssessment) {
            return new Year(target, targetEffectiveAt, newAssessment, actuals, pending);
        }

        Year withActual(Quarter quarter, Actual actual) {
            SortedMap<Quarter, Actual> updated = new TreeMap<>(actuals);
            updated.put(quarter, actual);
            return new Year(target, targetEffectiveAt, assessment, updated, pending);
        }

        Year withPending(Proposal proposal) {
            return new Year(target, targetEffectiveAt, assessment, actuals, proposal);
        }

        boolean holdsNothing() {
            return target == null && targetEffectiveAt == null && assessment == null && actuals.isEmpty()
                    && pending == null;
        }
    }

    /**
     * A revision proposed and waiting for a second person: the target it would put in force, the one it would
     * replace, why, from when, and who proposed it (the proposed event's actor; null where the events are folded
     * without their metadata, as an import's check does).
     */
    public record Proposal(ProposalId id, PrintedTarget target, PrintedTarget replacing, Justification justification,
                           Instant effectiveFrom, String proposer) {

        Proposal proposedBy(String actor) {
            return new Proposal(id, target, replacing, justification, effectiveFrom, actor);
        }
    }

    /** The judgement of a milestone, with the note that came with it (may be null), and when it took effect. */
    public record Assessed(Assessment assessment, String note, Instant effectiveAt) {

        /** The same judgement and note, whenever it took effect: assessing it again changes nothing. */
        boolean sameJudgementAs(Assessment otherAssessment, String otherNote) {
            return assessment == otherAssessment && Objects.equals(note, otherNote);
        }
    }

    /** A quarter's reported value, when it took effect, and {@code corrected} once it has been restated. */
    public record Actual(BigDecimal value, boolean corrected, Instant effectiveAt) {
    }

    @Override
    public IndicatorState apply(IndicatorEvent event, Instant recordedAt) {
        IndicatorState next;
        if (event instanceof IndicatorDefinedEvent defined) {
            next = new IndicatorState(defined.indicatorId(), IndicatorDefinition.of(defined), years, version);
        } else if (event instanceof IndicatorAmendedEvent amended) {
            next = new IndicatorState(id, definition.amendedBy(amended), years, version);
        } else if (event instanceof TargetSetEvent set) {
            next = withTargetSet(set, set.effectiveAt(recordedAt));
        } else if (event instanceof TargetWithdrawnEvent withdrawn) {
            next = withYear(withdrawn.fy(),
                    year(withdrawn.fy()).withTarget(null, withdrawn.effectiveAt(recordedAt), null));
        } else if (event instanceof ActualRecordedEvent recorded) {
            next = withYear(recorded.fy(), year(recorded.fy()).withActual(recorded.quarter(),
                    new Actual(recorded.value(), false, recorded.effectiveAt(recordedAt))));
        } else if (event instanceof ActualCorrectedEvent corrected) {
            next = withYear(corrected.fy(), year(corrected.fy()).withActual(corrected.quarter(),
                    new Actual(corrected.value(), true, corrected.effectiveAt(recordedAt))));
        } else if (event instanceof MilestoneAssessedEvent assessed) {
            next = withYear(assessed.fy(), year(assessed.fy()).withAssessment(
                    new Assessed(assessed.assessment(), assessed.note(), assessed.effectiveAt(recordedAt))));
        } else if (event instanceof TargetRevisionProposedEvent proposed) {
            next = withYear(proposed.fy(), year(proposed.fy()).withPending(new Proposal(proposed.proposalId(),
                    proposed.printedTarget(), proposed.currentPrintedTarget(), proposed.justification(),
                    proposed.effectiveFrom(), null)));
        } else if (event instanceof TargetRevisionApprovedEvent approved) {
            next = withYear(approved.fy(), year(approved.fy()).withPending(null));
        } else if (event instanceof TargetRevisionRejectedEvent rejected) {
            next = withYear(rejected.fy(), year(rejected.fy()).withPending(null));
        } else {
            throw new IllegalArgumentException("unknown indicator event " + event.getClass().getName());
        }
        return new IndicatorState(next.id, next.definition, next.years, version + 1);
    }

    /**
     * An assessment judges one milestone: when the year's target becomes something else, the old judgement no
     * longer applies. A revision of the printed text alone keeps it.
     */
    private IndicatorState withTargetSet(TargetSetEvent set, Instant effectiveAt) {
        Year year = year(set.fy());
        Assessed kept = set.target().equals(set.previous()) ? year.assessment() : null;
        return withYear(set.fy(), year.withTarget(set.printedTarget(), effectiveAt, kept));
    }

    /** The state with the year's waiting proposal attributed to {@code actor}, who proposed it. */
    public IndicatorState proposedBy(FinancialYear fy, String actor) {
        Proposal pending = year(fy).pending();
        return pending == null ? this : withYear(fy, year(fy).withPending(pending.proposedBy(actor)));
    }

    @Override
    public String aggregateId() {
        return id == null ? null : id.value();
    }

    /** The year's state; an empty one for a year with nothing recorded. */
    public Year year(FinancialYear fy) {
        return years.getOrDefault(fy, Year.EMPTY);
    }

    /** The target in force for {@code fy}, or null. */
    public PrintedTarget target(FinancialYear fy) {
        return year(fy).target();
    }

    /** Every year's target in force. */
    public Map<FinancialYear, PrintedTarget> targets() {
        SortedMap<FinancialYear, PrintedTarget> targets = new TreeMap<>();
        years.forEach((fy, year) -> {
            if (year.target() != null) {
                targets.put(fy, year.target());
            }
        });
        return targets;
    }

    private IndicatorState withYear(FinancialYear fy, Year year) {
        SortedMap<FinancialYear, Year> updated = new TreeMap<>(years);
        if (year.holdsNothing()) {
            updated.remove(fy);
        } else {
            updated.put(fy, year);
        }
        return new IndicatorState(id, definition, updated, version);
    }
}
