package io.outturn.command.savings;

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
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.SavingsProfile;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A savings programme over a fixed set of financial years, with its lines. Line commands are handled here, so
 * that an unknown line is a clear SAVINGS_LINE_NOT_FOUND. Command handlers decide; the event-sourcing handler
 * only assigns the next {@link SavingsProgrammeState}, the pure fold of the programme's events. The revision is
 * that of the snapshot's layout (see {@link FoldedAggregate}).
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.SAVINGS_PROGRAMME_TRIGGER,
        cache = AggregateCacheConfiguration.SAVINGS_PROGRAMME_CACHE)
@Revision("3")
class SavingsProgramme extends FoldedAggregate<SavingsProgrammeState> {

    SavingsProgramme() {
        super(SavingsProgrammeState.NONE);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(CreateSavingsProgrammeCommand command) {
        if (state.exists()) {
            throw new RejectedException(Rejection.Code.PROGRAMME_EXISTS, "id",
                    "savings programme " + id() + " already exists");
        }
        ProgrammeId programmeId = Require.nonNull(command.programmeId(), "id");
        String title = Require.nonBlank(command.title(), "title");
        String organisation = Require.nonBlank(command.organisation(), "organisation");
        List<FinancialYear> years = distinctYears(command.financialYears());
        Money overallTarget = command.overallTarget();
        if (overallTarget != null && overallTarget.isNegative()) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, "overallTarget",
                    "the overall target must not be negative: " + overallTarget);
        }
        apply(new SavingsProgrammeCreatedEvent(programmeId, title, organisation, years, overallTarget));
        return state.changed();
    }

    /**
     * The clock is a Spring bean resolved as a handler parameter, so the handler never reads the system time; it is
     * the command's time, when a change takes effect unless the command says otherwise.
     */
    @CommandHandler
    CommandResult handle(AddSavingsLineCommand command, Clock clock) {
        state.requireVersion(command);
        LineId lineId = Require.nonNull(command.lineId(), "lineId");
        if (state.line(lineId) != null) {
            throw new RejectedException(Rejection.Code.SAVINGS_LINE_EXISTS, "lineId",
                    "savings line " + lineId + " already exists in programme " + id());
        }
        String ref = Require.nonBlank(command.ref(), "ref");
        String title = Require.nonBlank(command.title(), "title");
        String serviceArea = Require.nonBlank(command.serviceArea(), "serviceArea");
        SavingsProgrammeState.Line sameRef = state.liveLineKeyedBy(serviceArea, ref).orElse(null);
        if (sameRef != null) {
            throw new RejectedException(Rejection.Code.SAVINGS_LINE_EXISTS, "ref", "ref " + ref + " of " + serviceArea
                    + " is already savings line " + sameRef.lineId() + " in programme " + id());
        }
        SavingsProfile profile = SavingsProfilePolicy.requireValid(command.profile(), state.financialYears());
        Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(), null, clock);
        apply(new SavingsLineAddedEvent(state.id(), lineId, ref, title, serviceArea, profile, effectiveFrom));
        return state.changed();
    }

    @CommandHandler
    CommandResult handle(ReviseSavingsLineCommand command, Clock clock) {
        state.requireVersion(command);
        SavingsProgrammeState.Line line = liveLine(command.lineId());
        SavingsProfile proposed = SavingsProfilePolicy.requireValid(command.profile(), state.financialYears());
        if (RevisionPolicy.decide(line.profile(), proposed, SavingsProfile::equals) == RevisionPolicy.Outcome.UNCHANGED) {
            return state.unchanged();
        }
        Justification justification =
                JustificationPolicy.require(JustificationPolicy.Change.SAVINGS_LINE_REVISION, command.justification());
        SavingsProfilePolicy.requireFits(justification, line.profile(), proposed);
        Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(), line.effectiveAt(), clock);
        apply(new SavingsLineRevisedEvent(state.id(), line.lineId(), line.profile(), proposed, justification,
                effectiveFrom), EventReason.of(command.reason()));
        return state.changed();
    }

    /** Withdrawing a withdrawn line again changes nothing, and so needs no reason. */
    @CommandHandler
    CommandResult handle(WithdrawSavingsLineCommand command, Clock clock) {
        state.requireVersion(command);
        SavingsProgrammeState.Line line = existingLine(command.lineId());
        if (line.withdrawn()) {
            return state.unchanged();
        }
        Justification justification =
                JustificationPolicy.require(JustificationPolicy.Change.SAVINGS_LINE_WITHDRAWAL, command.justification());
        Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(), line.effectiveAt(), clock);
        apply(new SavingsLineWithdrawnEvent(state.id(), line.lineId(), line.profile(), justification, effectiveFrom),
                EventReason.of(justification.reason()));
        return state.changed();
    }

    @CommandHandler
    CommandResult handle(RecordSavingsDeliveryCommand command, Clock clock) {
        state.requireVersion(command);
        SavingsProgrammeState.Line line = liveLine(command.lineId());
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        Quarter quarter = Require.nonNull(command.quarter(), "quarter");
        Money achieved = Require.nonNull(command.achievedToDate(), "achievedToDate");
        Rag rag = Require.nonNull(command.rag(), "rag");
        if (rag == Rag.GREY) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, "rag",
                    "delivery is judged GREEN, AMBER or RED; GREY means not judged");
        }
        if (!state.financialYears().contains(fy)) {
            throw new RejectedException(Rejection.Code.FY_NOT_IN_PROGRAMME, "fy",
                    fy + " is not one of the programme's years " + state.financialYears());
        }
        QuarterEndedPolicy.requireEnded(fy, quarter, clock);
        String note = Require.optionalText(command.note());
        SavingsProgrammeState.Delivery previous = line.delivery(fy, quarter);
        if (previous != null && previous.sameReportAs(achieved, rag, note)) {
            return state.unchanged();
        }
        Instant effectiveFrom = EffectiveFromPolicy.decide(command.effectiveFrom(),
                previous == null ? null : previous.effectiveAt(), clock);
        apply(new SavingsDeliveryRecordedEvent(state.id(), line.lineId(), fy, quarter, achieved, rag, note,
                effectiveFrom));
        return state.changed();
    }

    /** Every event, with the time it was recorded: when it took effect unless it says otherwise. */
    @EventSourcingHandler
    void on(SavingsProgrammeEvent event, @Timestamp Instant recordedAt) {
        state = state.apply(event, recordedAt);
    }

    private static List<FinancialYear> distinctYears(List<FinancialYear> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, "financialYears",
                    "a programme covers at least one financial year");
        }
        if (requested.stream().anyMatch(Objects::isNull)) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, "financialYears",
                    "financial years must not be empty");
        }
        if (new HashSet<>(requested).size() != requested.size()) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, "financialYears",
                    "financial years must be distinct: " + requested);
        }
        List<FinancialYear> sorted = new ArrayList<>(requested);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    private SavingsProgrammeState.Line existingLine(LineId lineId) {
        SavingsProgrammeState.Line line = state.line(Require.nonNull(lineId, "lineId"));
        if (line == null) {
            throw new RejectedException(Rejection.Code.SAVINGS_LINE_NOT_FOUND, "lineId",
                    "programme " + id() + " has no savings line " + lineId);
        }
        return line;
    }

    private SavingsProgrammeState.Line liveLine(LineId lineId) {
        SavingsProgrammeState.Line line = existingLine(lineId);
        if (line.withdrawn()) {
            throw new RejectedException(Rejection.Code.SAVINGS_LINE_WITHDRAWN, "lineId",
                    "savings line " + line.lineId() + " has been withdrawn");
        }
        return line;
    }
}
