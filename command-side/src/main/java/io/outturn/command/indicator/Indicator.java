package io.outturn.command.indicator;

import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.EventReason;
import io.outturn.command.domain.ExpectedVersionPolicy;
import io.outturn.command.domain.QuarterEndedPolicy;
import io.outturn.command.domain.Require;
import io.outturn.command.config.AggregateCacheConfiguration;
import io.outturn.command.config.SnapshotConfiguration;
import io.outturn.command.domain.RevisionPolicy;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.Decimals;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import io.outturn.values.Target;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A key performance indicator: its definition, a target per financial year, an actual per quarter and, for
 * milestone targets, the latest assessment. Command handlers decide; event-sourcing handlers only assign.
 * Fields are visible to Jackson so that the aggregate can be snapshotted with the Jackson serializer.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.INDICATOR_TRIGGER,
        cache = AggregateCacheConfiguration.INDICATOR_CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Indicator {

    static final BigDecimal DEFAULT_TOLERANCE_PERCENT = BigDecimal.valueOf(5);

    @AggregateIdentifier
    private String id;
    private Definition definition;
    // Concrete map types, so that a snapshot restores exactly what event sourcing builds.
    private TreeMap<FinancialYear, TargetInForce> targets = new TreeMap<>();
    private TreeMap<FinancialYear, EnumMap<Quarter, BigDecimal>> actuals = new TreeMap<>();
    private TreeMap<FinancialYear, MilestoneAssessment> assessments = new TreeMap<>();

    Indicator() {
        // Axon creates the aggregate empty (CREATE_IF_MISSING, event sourcing); its events fill it in.
    }

    /** The amendable part of the definition, as it stands. */
    record Definition(String title, String serviceGroup, String leadOfficer, BigDecimal tolerancePercent,
                      Baseline baseline) {
    }

    /** A target with the text the plan printed it as. */
    record TargetInForce(Target target, String printed) {
    }

    record MilestoneAssessment(Assessment assessment, String note) {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(DefineIndicatorCommand command) {
        if (id != null) {
            throw new RejectedException(Rejection.Code.INDICATOR_EXISTS, "id",
                    "indicator " + id + " is already defined");
        }
        IndicatorId indicatorId = Require.nonNull(command.indicatorId(), "id");
        String title = Require.nonBlank(command.title(), "title");
        String organisation = Require.nonBlank(command.organisation(), "organisation");
        Require.nonNull(command.framework(), "framework");
        Require.nonNull(command.unit(), "unit");
        Require.nonNull(command.polarity(), "polarity");
        Require.nonNull(command.rollUp(), "rollUp");
        BigDecimal tolerance = command.tolerancePercent() == null
                ? DEFAULT_TOLERANCE_PERCENT
                : Require.percentage(command.tolerancePercent(), "tolerancePercent");
        apply(new IndicatorDefinedEvent(indicatorId, title, organisation,
                Require.optionalText(command.serviceGroup()), Require.optionalText(command.leadOfficer()),
                command.framework(), command.unit(), command.polarity(), command.rollUp(),
                Decimals.normalise(tolerance), command.baseline()));
        return changed();
    }

    /** A null field is left as it is; a blank service group or lead officer clears it. */
    @CommandHandler
    CommandResult handle(AmendIndicatorCommand command) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        Definition proposed = new Definition(
                command.title() == null ? definition.title() : Require.nonBlank(command.title(), "title"),
                command.serviceGroup() == null ? definition.serviceGroup() : Require.optionalText(command.serviceGroup()),
                command.leadOfficer() == null ? definition.leadOfficer() : Require.optionalText(command.leadOfficer()),
                command.tolerancePercent() == null
                        ? definition.tolerancePercent()
                        : Decimals.normalise(Require.percentage(command.tolerancePercent(), "tolerancePercent")),
                command.baseline() == null ? definition.baseline() : command.baseline());
        if (RevisionPolicy.decide(definition, proposed, Definition::equals, command.reason())
                == RevisionPolicy.Outcome.UNCHANGED) {
            return unchanged();
        }
        apply(new IndicatorAmendedEvent(indicatorId(), proposed.title(), proposed.serviceGroup(),
                proposed.leadOfficer(), proposed.tolerancePercent(), proposed.baseline()),
                EventReason.of(command.reason()));
        return changed();
    }

    @CommandHandler
    CommandResult handle(SetTargetCommand command) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        TargetInForce proposed = new TargetInForce(Require.nonNull(command.target(), "target"),
                Require.optionalText(command.printed()));
        TargetInForce current = targets.get(fy);
        if (RevisionPolicy.decide(current, proposed, TargetInForce::equals, command.reason())
                == RevisionPolicy.Outcome.UNCHANGED) {
            return unchanged();
        }
        apply(new TargetSetEvent(indicatorId(), fy, proposed.target(), proposed.printed(),
                        current == null ? null : current.target(), current == null ? null : current.printed()),
                EventReason.of(command.reason()));
        return changed();
    }

    @CommandHandler
    CommandResult handle(WithdrawTargetCommand command) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        TargetInForce current = targets.get(fy);
        if (current == null) {
            throw new RejectedException(Rejection.Code.TARGET_NOT_FOUND, "fy",
                    "indicator " + id + " has no target for " + fy);
        }
        String reason = Require.reason(command.reason());
        apply(new TargetWithdrawnEvent(indicatorId(), fy, current.target(), current.printed()),
                EventReason.of(reason));
        return changed();
    }

    /** The clock is a Spring bean resolved as a handler parameter, so the handler never reads the system time. */
    @CommandHandler
    CommandResult handle(RecordActualCommand command, Clock clock) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        Quarter quarter = Require.nonNull(command.quarter(), "quarter");
        BigDecimal value = Decimals.normalise(Require.nonNull(command.value(), "value"));
        QuarterEndedPolicy.requireEnded(fy, quarter, clock);
        EnumMap<Quarter, BigDecimal> recorded = actuals.get(fy);
        BigDecimal previous = recorded == null ? null : recorded.get(quarter);
        RevisionPolicy.Outcome outcome =
                RevisionPolicy.decide(previous, value, (a, b) -> a.compareTo(b) == 0, command.reason());
        String note = Require.optionalText(command.note());
        if (outcome == RevisionPolicy.Outcome.UNCHANGED) {
            return unchanged();
        }
        if (outcome == RevisionPolicy.Outcome.FIRST) {
            apply(new ActualRecordedEvent(indicatorId(), fy, quarter, value, note),
                    EventReason.of(command.reason()));
        } else {
            apply(new ActualCorrectedEvent(indicatorId(), fy, quarter, value, previous, note),
                    EventReason.of(command.reason()));
        }
        return changed();
    }

    @CommandHandler
    CommandResult handle(AssessMilestoneCommand command) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        Assessment assessment = Require.nonNull(command.assessment(), "assessment");
        TargetInForce current = targets.get(fy);
        if (current == null || !(current.target() instanceof Target.Milestone)) {
            throw new RejectedException(Rejection.Code.NOT_A_MILESTONE, "fy", "the target of indicator " + id
                    + " for " + fy + " is " + (current == null ? "not set" : current.target().kind()));
        }
        MilestoneAssessment proposed = new MilestoneAssessment(assessment, Require.optionalText(command.note()));
        MilestoneAssessment previous = assessments.get(fy);
        if (proposed.equals(previous)) {
            return unchanged();
        }
        apply(new MilestoneAssessedEvent(indicatorId(), fy, assessment,
                        previous == null ? null : previous.assessment(), proposed.note()),
                EventReason.of(command.reason()));
        return changed();
    }

    @EventSourcingHandler
    void on(IndicatorDefinedEvent event) {
        id = event.indicatorId().value();
        definition = new Definition(event.title(), event.serviceGroup(), event.leadOfficer(),
                event.tolerancePercent(), event.baseline());
    }

    @EventSourcingHandler
    void on(IndicatorAmendedEvent event) {
        definition = new Definition(event.title(), event.serviceGroup(), event.leadOfficer(),
                event.tolerancePercent(), event.baseline());
    }

    /**
     * An assessment judges one milestone: when the year's target becomes something else, the old judgement no
     * longer applies. A revision of the printed text alone keeps it.
     */
    @EventSourcingHandler
    void on(TargetSetEvent event) {
        targets.put(event.fy(), new TargetInForce(event.target(), event.printed()));
        if (!event.target().equals(event.previous())) {
            assessments.remove(event.fy());
        }
    }

    @EventSourcingHandler
    void on(TargetWithdrawnEvent event) {
        targets.remove(event.fy());
        assessments.remove(event.fy());
    }

    @EventSourcingHandler
    void on(ActualRecordedEvent event) {
        actuals.computeIfAbsent(event.fy(), fy -> new EnumMap<>(Quarter.class)).put(event.quarter(), event.value());
    }

    @EventSourcingHandler
    void on(ActualCorrectedEvent event) {
        actuals.computeIfAbsent(event.fy(), fy -> new EnumMap<>(Quarter.class)).put(event.quarter(), event.value());
    }

    @EventSourcingHandler
    void on(MilestoneAssessedEvent event) {
        assessments.put(event.fy(), new MilestoneAssessment(event.assessment(), event.note()));
    }

    private IndicatorId indicatorId() {
        return IndicatorId.of(id);
    }

    /** Axon counts sequence numbers from 0; the version is the number of events, so one more. */
    private static long currentVersion() {
        Long lastSequence = AggregateLifecycle.getVersion();
        return lastSequence == null ? 0 : lastSequence + 1;
    }

    private CommandResult changed() {
        return new CommandResult(id, currentVersion(), true);
    }

    private CommandResult unchanged() {
        return new CommandResult(id, currentVersion(), false);
    }
}
