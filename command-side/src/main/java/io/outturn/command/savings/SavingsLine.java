package io.outturn.command.savings;

import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.outturn.command.domain.EventReason;
import io.outturn.command.domain.QuarterEndedPolicy;
import io.outturn.command.domain.Require;
import io.outturn.command.domain.RevisionPolicy;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.SavingsProfile;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Objects;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One line of a savings programme: its planned profile, whether it is withdrawn, and the delivery reported per
 * year and quarter. Decides the line's own commands and applies their events; the programme routes to it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class SavingsLine {

    @EntityId
    private LineId lineId;
    private String ref;
    private String serviceArea;
    private SavingsProfile profile;
    private boolean withdrawn;
    // Concrete map types, so that a snapshot restores exactly what event sourcing builds.
    private TreeMap<FinancialYear, EnumMap<Quarter, Delivery>> deliveries = new TreeMap<>();

    /** What was reported for one quarter; reporting the same again changes nothing. */
    record Delivery(Money achievedToDate, Rag rag, String note) {
    }

    SavingsLine() {
        // For restoring the line from a snapshot.
    }

    SavingsLine(LineId lineId, String ref, String serviceArea, SavingsProfile profile) {
        this.lineId = lineId;
        this.ref = ref;
        this.serviceArea = serviceArea;
        this.profile = profile;
    }

    LineId lineId() {
        return lineId;
    }

    boolean isLive() {
        return !withdrawn;
    }

    boolean isKeyedBy(String serviceArea, String ref) {
        return this.serviceArea.equals(serviceArea) && this.ref.equals(ref);
    }

    boolean revise(ProgrammeId programmeId, SavingsProfile proposed, Collection<FinancialYear> programmeYears,
                   String reason) {
        requireLive();
        SavingsProfile valid = SavingsProfilePolicy.requireValid(proposed, programmeYears);
        if (RevisionPolicy.decide(profile, valid, SavingsProfile::equals, reason) == RevisionPolicy.Outcome.UNCHANGED) {
            return false;
        }
        apply(new SavingsLineRevisedEvent(programmeId, lineId, profile, valid), EventReason.of(reason));
        return true;
    }

    /** Withdrawing a withdrawn line again changes nothing, and so needs no reason. */
    boolean withdraw(ProgrammeId programmeId, String reason) {
        if (withdrawn) {
            return false;
        }
        apply(new SavingsLineWithdrawnEvent(programmeId, lineId, profile), EventReason.of(Require.reason(reason)));
        return true;
    }

    boolean recordDelivery(ProgrammeId programmeId, RecordSavingsDeliveryCommand command,
                           Collection<FinancialYear> programmeYears, Clock clock) {
        requireLive();
        FinancialYear fy = Require.nonNull(command.fy(), "fy");
        Quarter quarter = Require.nonNull(command.quarter(), "quarter");
        Money achieved = Require.nonNull(command.achievedToDate(), "achievedToDate");
        Rag rag = Require.nonNull(command.rag(), "rag");
        if (rag == Rag.GREY) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, "rag",
                    "delivery is judged GREEN, AMBER or RED; GREY means not judged");
        }
        if (!programmeYears.contains(fy)) {
            throw new RejectedException(Rejection.Code.FY_NOT_IN_PROGRAMME, "fy",
                    fy + " is not one of the programme's years " + programmeYears);
        }
        QuarterEndedPolicy.requireEnded(fy, quarter, clock);
        Delivery proposed = new Delivery(achieved, rag, Require.optionalText(command.note()));
        EnumMap<Quarter, Delivery> reported = deliveries.get(fy);
        if (reported != null && proposed.equals(reported.get(quarter))) {
            return false;
        }
        apply(new SavingsDeliveryRecordedEvent(programmeId, lineId, fy, quarter, achieved, rag, proposed.note()));
        return true;
    }

    private void requireLive() {
        if (withdrawn) {
            throw new RejectedException(Rejection.Code.SAVINGS_LINE_WITHDRAWN, "lineId",
                    "savings line " + lineId + " has been withdrawn");
        }
    }

    /**
     * Equal when in the same state: the test fixture compares the line a command left behind with the one its
     * events rebuild, which is how it catches state changed outside an event-sourcing handler.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SavingsLine line
                && withdrawn == line.withdrawn
                && Objects.equals(lineId, line.lineId)
                && Objects.equals(ref, line.ref)
                && Objects.equals(serviceArea, line.serviceArea)
                && Objects.equals(profile, line.profile)
                && Objects.equals(deliveries, line.deliveries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lineId, ref, serviceArea, profile, withdrawn, deliveries);
    }

    @Override
    public String toString() {
        return "SavingsLine[" + lineId + " " + serviceArea + " ref " + ref + " " + profile.asMap()
                + (withdrawn ? " withdrawn" : "") + ", delivery " + deliveries + "]";
    }

    @EventSourcingHandler
    void on(SavingsLineRevisedEvent event) {
        profile = event.profile();
    }

    @EventSourcingHandler
    void on(SavingsLineWithdrawnEvent event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(SavingsDeliveryRecordedEvent event) {
        deliveries.computeIfAbsent(event.fy(), fy -> new EnumMap<>(Quarter.class))
                .put(event.quarter(), new Delivery(event.achievedToDate(), event.rag(), event.note()));
    }
}
