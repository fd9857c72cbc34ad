package io.outturn.command.indicator;

import io.outturn.command.config.AggregateCacheConfiguration;
import io.outturn.command.config.SnapshotConfiguration;
import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.EffectiveFromPolicy;
import io.outturn.command.domain.EventReason;
import io.outturn.command.domain.FoldedAggregate;
import io.outturn.command.domain.JustificationPolicy;
import io.outturn.command.domain.QuarterEndedPolicy;
import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import io.outturn.command.domain.Require;
import io.outturn.command.domain.RevisionPolicy;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Assessment;
import io.outturn.values.Decimals;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Quarter;
import io.outturn.values.Target;
import io.outturn.values.Tolerance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A key performance indicator: its definition, a target per financial year, an actual per quarter and, for
 * milestone targets, the latest assessment. Command handlers decide; the event-sourcing handler only assigns
 * the next {@link IndicatorState}, the pure fold of the indicator's events. The revision is that of the
 * snapshot's layout (see {@link FoldedAggregate}).
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.INDICATOR_TRIGGER,
        cache = AggregateCacheConfiguration.INDICATOR_CACHE)
@Revision("3")
class Indicator extends FoldedAggregate<IndicatorState> {

    Indicator() {
        super(IndicatorState.NONE);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(DefineIndicatorCommand command) {
        if (state.exists()) {
            throw new RejectedException(Rejection.Code.INDICATOR_EXISTS, "id",
                    "indicator " + id() + " is already defined");
        }
        IndicatorId indicatorId = Require.nonNull(command.indicatorId(), "id");
        String title = Require.nonBlank(command.title(), "title");
        String organisation = Require.nonBlank(command.organisation(), "organisation");
        Require.nonNull(command.framework(), "framework");
        Require.nonNull(command.unit(), "unit");
        Require.nonNull(command.polarity(), "polarity");
        Require.nonNull(command.rollUp(), "rollUp");
        Tolerance tolerance = command.tolerancePercent() == null
                ? Tolerance.DEFAULT
                : tolerance(command.tolerancePercent());
        apply(new IndicatorDefinedEvent(indicatorId, title, organisation,
                Require.optionalText(command.serviceGroup()), Require.optionalText(command.leadOfficer()),
                command.framework(), command.unit(), command.polarity(), command.rollUp(),
                tolerance.percent(), command.baseline(), null, List.of()));
        return state.changed();
    }

    /** A null field is left as it is; a blank service group or lead officer clears it. */
    @CommandHandler
    CommandResult handle(AmendIndicatorCommand command) {
        state.requireVersion(command);
        IndicatorDefinition definition = state.definition();
        IndicatorDefinition proposed = definition.amended(
                command.title() == null ? definition.title() : Require.nonBlank(command.title(), "title"),
                command.serviceGroup() == null ? definition.serviceGroup() : Require.optionalText(command.serviceGroup()),
                command.leadOfficer() == null ? definition.leadOfficer() : Require.optionalText(command.leadOfficer()),
                command.tolerancePercent() == null ? definition.tolerance() : tolerance(command.tolerancePercent()),
                command.baseline() == null ? definition.baseline() : command.baseline());
        if (RevisionPolicy.decide(definition, proposed, IndicatorDefinition::equals) == RevisionPolicy.Outcome.UNCHANGED) {
            return state.unchanged();
        }
        Justification justification =
                JustificationPolicy.require(JustificationPolicy.Change.INDICATOR_AMENDMENT, command.justification());
        apply(new IndicatorAmendedEvent(state.id(), proposed.title(), proposed.serviceGroup(),
                        proposed.leadOfficer(), proposed.tolerance().percent(), proposed.baseline(), justification,
                        proposed.aliases()),
                EventReason.of(command.reason()));
        return state.changed();
    }

    /**
     * The clock is a Spring bean resolved as a handler parameter, so the handler never reads the system time; it is
     * the command's time, when a change takes effect unless the command says otherwise.
     */
    @CommandHandler
    CommandResult handle(SetTargetCommand command, Clock clock) {
        state.requireVersion(command);
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        PrintedTarget proposed = new PrintedTarget(Require.nonNull(command.target(), "target"), command.printed());
        IndicatorState.Year year = state.year(fy);
        PrintedTarget current = year.target();
        RevisionPolicy.Outcome outcome = RevisionPolicy.decide(current, proposed, PrintedTarget::equals);
        if (outcome == RevisionPolicy.Outcome.UNCHANGED) {
            return state.unchanged();
        }
        Justification justification = outcome == RevisionPolicy.Outcome.REVISION
                ? JustificationPolicy.require(JustificationPolicy.Change.TARGET_REVISION, command.justification())
                : null;
        Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(), year.targetEffectiveAt(), clock);
        apply(new TargetSetEvent(state.id(), fy, proposed.target(), proposed.printed(),
                        current == null ? null : current.target(), current == null ? null : current.printed(),
                        justification, effectiveFrom, null),
                EventReason.of(command.reason()));
        return state.changed();
    }

    @CommandHandler
    CommandResult handle(WithdrawTargetCommand command, Clock clock) {
        state.requireVersion(command);
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        IndicatorState.Year year = state.year(fy);
        PrintedTarget current = year.target();
        if (current == null) {
            throw new RejectedException(Rejection.Code.TARGET_NOT_FOUND, "fy",
                    "indicator " + id() + " has no target for " + fy);
        }
        Justification justification =
                JustificationPolicy.require(JustificationPolicy.Change.TARGET_WITHDRAWAL, command.justification());
        Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(), year.targetEffectiveAt(), clock);
        apply(new TargetWithdrawnEvent(state.id(), fy, current.target(), current.printed(), justification,
                effectiveFrom), EventReason.of(justification.reason()));
        return state.changed();
    }

    @CommandHandler
    CommandResult handle(RecordActualCommand command, Clock clock) {
        state.requireVersion(command);
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        Quarter quarter = Require.nonNull(command.quarter(), "quarter");
        BigDecimal value = Decimals.normalise(Require.nonNull(command.value(), "value"));
        QuarterEndedPolicy.requireEnded(fy, quarter, clock);
        IndicatorState.Actual recorded = state.year(fy).actuals().get(quarter);
        BigDecimal previous = recorded == null ? null : recorded.value();
        RevisionPolicy.Outcome outcome = RevisionPolicy.decide(previous, value, (a, b) -> a.compareTo(b) == 0);
        String note = Require.optionalText(command.note());
        if (outcome == RevisionPolicy.Outcome.UNCHANGED) {
            return state.unchanged();
        }
        if (outcome == RevisionPolicy.Outcome.FIRST) {
            Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(), null, clock);
            apply(new ActualRecordedEvent(state.id(), fy, quarter, value, note, effectiveFrom),
                    EventReason.of(command.reason()));
        } else {
            Justification justification =
                    JustificationPolicy.require(JustificationPolicy.Change.ACTUAL_CORRECTION, command.justification());
            Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(), recorded.effectiveAt(), clock);
            apply(new ActualCorrectedEvent(state.id(), fy, quarter, value, previous, note, justification,
                    effectiveFrom), EventReason.of(command.reason()));
        }
        return state.changed();
    }

    /** A reassessment may say why; a first assessment needs not, and records no justification. */
    @CommandHandler
    CommandResult handle(AssessMilestoneCommand command, Clock clock) {
        state.requireVersion(command);
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        Assessment assessment = Require.nonNull(command.assessment(), "assessment");
        PrintedTarget current = state.target(fy);
        if (current == null || !(current.target() instanceof Target.Milestone)) {
            throw new RejectedException(Rejection.Code.NOT_A_MILESTONE, "fy", "the target of indicator " + id()
                    + " for " + fy + " is " + (current == null ? "not set" : current.target().kind()));
        }
        String note = Require.optionalText(command.note());
        IndicatorState.Assessed previous = state.year(fy).assessment();
        if (previous != null && previous.sameJudgementAs(assessment, note)) {
            return state.unchanged();
        }
        Justification justification = previous == null ? null
                : JustificationPolicy.optional(JustificationPolicy.Change.MILESTONE_REASSESSMENT, command.justification());
        Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(),
                previous == null ? null : previous.effectiveAt(), clock);
        apply(new MilestoneAssessedEvent(state.id(), fy, assessment,
                        previous == null ? null : previous.assessment(), note, justification, effectiveFrom),
                EventReason.of(command.reason()));
        return state.changed();
    }

    /** Every event, with the time it was recorded: when it took effect unless it says otherwise. */
    @EventSourcingHandler
    void on(IndicatorEvent event, @Timestamp Instant recordedAt) {
        state = state.apply(event, recordedAt);
    }

    private static Tolerance tolerance(BigDecimal percent) {
        return new Tolerance(Require.percentage(percent, "tolerancePercent"));
    }
}
