package io.outturn.command.imports;

import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Polarity;
import io.outturn.values.ProgrammeId;
import io.outturn.values.RollUp;
import io.outturn.values.SavingsProfile;
import io.outturn.values.Unit;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is already recorded for an indicator or a programme, read from its events, so that a file is checked
 * against it before anything is applied: an import must not fail half-way because a programme lacks a year or a
 * line was withdrawn. Reads from sequence 0, which bypasses snapshots (their payload is the aggregate itself).
 */
@Component
class RecordedState {

    private final EventStore eventStore;

    RecordedState(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    record Indicator(String organisation, Framework framework, Unit unit, Polarity polarity, RollUp rollUp,
                     Baseline baseline, Map<FinancialYear, ParsedTarget> targets) {
    }

    record Line(LineId lineId, String ref, String serviceArea, SavingsProfile profile, boolean withdrawn) {
    }

    record Programme(List<FinancialYear> financialYears, Map<LineId, Line> lines) {

        /** The line a file's row means: the one with its service area and ref, if any. */
        Optional<Line> lineKeyedBy(String serviceArea, String ref) {
            return lines.values().stream()
                    .filter(line -> line.serviceArea().equals(serviceArea) && line.ref().equals(ref))
                    .reduce((earlier, later) -> later.withdrawn() ? earlier : later);
        }
    }

    Optional<Indicator> indicator(IndicatorId id) {
        IndicatorDefinedEvent defined = null;
        Baseline baseline = null;
        Map<FinancialYear, ParsedTarget> targets = new HashMap<>();
        DomainEventStream events = eventStore.readEvents(id.value(), 0L);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof IndicatorDefinedEvent event) {
                defined = event;
                baseline = event.baseline();
            } else if (payload instanceof IndicatorAmendedEvent event) {
                baseline = event.baseline();
            } else if (payload instanceof TargetSetEvent event) {
                targets.put(event.fy(), new ParsedTarget(event.target(), event.printed()));
            } else if (payload instanceof TargetWithdrawnEvent event) {
                targets.remove(event.fy());
            }
        }
        if (defined == null) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(defined.organisation(), defined.framework(), defined.unit(),
                defined.polarity(), defined.rollUp(), baseline, Map.copyOf(targets)));
    }

    Optional<Programme> programme(ProgrammeId id) {
        List<FinancialYear> years = null;
        Map<LineId, Line> lines = new LinkedHashMap<>();
        DomainEventStream events = eventStore.readEvents(id.value(), 0L);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof SavingsProgrammeCreatedEvent event) {
                years = event.financialYears();
            } else if (payload instanceof SavingsLineAddedEvent event) {
                lines.put(event.lineId(), new Line(event.lineId(), event.ref(), event.serviceArea(), event.profile(),
                        false));
            } else if (payload instanceof SavingsLineRevisedEvent event) {
                lines.computeIfPresent(event.lineId(), (lineId, line) ->
                        new Line(lineId, line.ref(), line.serviceArea(), event.profile(), line.withdrawn()));
            } else if (payload instanceof SavingsLineWithdrawnEvent event) {
                lines.computeIfPresent(event.lineId(), (lineId, line) ->
                        new Line(lineId, line.ref(), line.serviceArea(), line.profile(), true));
            }
        }
        return years == null ? Optional.empty() : Optional.of(new Programme(years, Map.copyOf(lines)));
    }
}
