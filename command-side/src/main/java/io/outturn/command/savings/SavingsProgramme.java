package io.outturn.command.savings;

import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.ExpectedVersionPolicy;
import io.outturn.command.domain.Require;
import io.outturn.command.config.AggregateCacheConfiguration;
import io.outturn.command.config.SnapshotConfiguration;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A savings programme over a fixed set of financial years, with its lines as entities. Line commands are
 * handled here, so that an unknown line is a clear SAVINGS_LINE_NOT_FOUND, and decided by the line itself.
 * Fields are visible to Jackson so that the aggregate can be snapshotted with the Jackson serializer.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.SAVINGS_PROGRAMME_TRIGGER,
        cache = AggregateCacheConfiguration.SAVINGS_PROGRAMME_CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class SavingsProgramme {

    @AggregateIdentifier
    private String id;
    private List<FinancialYear> financialYears = List.of();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private LinkedHashMap<LineId, SavingsLine> lines = new LinkedHashMap<>();

    SavingsProgramme() {
        // Axon creates the aggregate empty (CREATE_IF_MISSING, event sourcing); its events fill it in.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(CreateSavingsProgrammeCommand command) {
        if (id != null) {
            throw new RejectedException(Rejection.Code.PROGRAMME_EXISTS, "id", "savings programme " + id + " already exists");
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
        return result(true);
    }

    @CommandHandler
    CommandResult handle(AddSavingsLineCommand command) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        LineId lineId = Require.nonNull(command.lineId(), "lineId");
        if (lines.containsKey(lineId)) {
            throw new RejectedException(Rejection.Code.SAVINGS_LINE_EXISTS, "lineId",
                    "savings line " + lineId + " already exists in programme " + id);
        }
        String ref = Require.nonBlank(command.ref(), "ref");
        String title = Require.nonBlank(command.title(), "title");
        String serviceArea = Require.nonBlank(command.serviceArea(), "serviceArea");
        SavingsLine sameRef = lines.values().stream()
                .filter(line -> line.isLive() && line.isKeyedBy(serviceArea, ref))
                .findFirst().orElse(null);
        if (sameRef != null) {
            throw new RejectedException(Rejection.Code.SAVINGS_LINE_EXISTS, "ref", "ref " + ref + " of " + serviceArea
                    + " is already savings line " + sameRef.lineId() + " in programme " + id);
        }
        apply(new SavingsLineAddedEvent(programmeId(), lineId, ref, title, serviceArea,
                SavingsProfilePolicy.requireValid(command.profile(), financialYears)));
        return result(true);
    }

    @CommandHandler
    CommandResult handle(ReviseSavingsLineCommand command) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        return result(existingLine(command.lineId())
                .revise(programmeId(), command.profile(), financialYears, command.reason()));
    }

    @CommandHandler
    CommandResult handle(WithdrawSavingsLineCommand command) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        return result(existingLine(command.lineId()).withdraw(programmeId(), command.reason()));
    }

    /** The clock is a Spring bean resolved as a handler parameter, so the handler never reads the system time. */
    @CommandHandler
    CommandResult handle(RecordSavingsDeliveryCommand command, Clock clock) {
        ExpectedVersionPolicy.requireCurrent(command, currentVersion());
        return result(existingLine(command.lineId()).recordDelivery(programmeId(), command, financialYears, clock));
    }

    @EventSourcingHandler
    void on(SavingsProgrammeCreatedEvent event) {
        id = event.programmeId().value();
        financialYears = event.financialYears();
    }

    @EventSourcingHandler
    void on(SavingsLineAddedEvent event) {
        lines.put(event.lineId(),
                new SavingsLine(event.lineId(), event.ref(), event.serviceArea(), event.profile()));
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

    private SavingsLine existingLine(LineId lineId) {
        SavingsLine line = lines.get(Require.nonNull(lineId, "lineId"));
        if (line == null) {
            throw new RejectedException(Rejection.Code.SAVINGS_LINE_NOT_FOUND, "lineId",
                    "programme " + id + " has no savings line " + lineId);
        }
        return line;
    }

    private ProgrammeId programmeId() {
        return ProgrammeId.of(id);
    }

    /** Axon counts sequence numbers from 0; the version is the number of events, so one more. */
    private static long currentVersion() {
        Long lastSequence = AggregateLifecycle.getVersion();
        return lastSequence == null ? 0 : lastSequence + 1;
    }

    private CommandResult result(boolean changed) {
        return new CommandResult(id, currentVersion(), changed);
    }
}
