package io.outturn.command.savings;

import io.outturn.command.domain.AggregateState;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.SavingsProfile;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What a savings programme is after its events: its financial years, its lines in the order they were added
 * (each with its planned profile, whether it is withdrawn and the delivery reported per year and quarter, each
 * with when it took effect), and the version (how many events). A pure, immutable fold, {@link #apply} one event at a time from {@link #NONE}:
 * the aggregate's event-sourcing handler does exactly that, and so does an import checking a file against what
 * is recorded.
 *
 * @param id null before the first event
 */
public record SavingsProgrammeState(ProgrammeId id, List<FinancialYear> financialYears, Map<LineId, Line> lines,
                                    long version) implements AggregateState<SavingsProgrammeState, SavingsProgrammeEvent> {

    /** Before the first event. */
    public static final SavingsProgrammeState NONE = new SavingsProgrammeState(null, null, null, 0);

    public SavingsProgrammeState {
        financialYears = financialYears == null ? List.of() : List.copyOf(financialYears);
        lines = lines == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /**
     * One line of the programme. A line keeps its id when withdrawn; {@code ref} is unique among live lines of a
     * service area. {@code effectiveAt} is when its latest addition, revision or withdrawal took effect.
     */
    public record Line(LineId lineId, String ref, String serviceArea, SavingsProfile profile, boolean withdrawn,
                       Instant effectiveAt, SortedMap<FinancialYear, SortedMap<Quarter, Delivery>> deliveries) {

        public Line {
            SortedMap<FinancialYear, SortedMap<Quarter, Delivery>> copy = new TreeMap<>();
            if (deliveries != null) {
                deliveries.forEach((fy, quarters) ->
                        copy.put(fy, Collections.unmodifiableSortedMap(new TreeMap<>(quarters))));
            }
            deliveries = Collections.unmodifiableSortedMap(copy);
        }

        /** What was reported for the quarter, or null. */
        public Delivery delivery(FinancialYear fy, Quarter quarter) {
            SortedMap<Quarter, Delivery> quarters = deliveries.get(fy);
            return quarters == null ? null : quarters.get(quarter);
        }

        boolean isKeyedBy(String area, String reference) {
            return serviceArea.equals(area) && ref.equals(reference);
        }

        Line revised(SavingsProfile newProfile, Instant revisionEffectiveAt) {
            return new Line(lineId, ref, serviceArea, newProfile, withdrawn, revisionEffectiveAt, deliveries);
        }

        Line withdrawnLine(Instant withdrawalEffectiveAt) {
            return new Line(lineId, ref, serviceArea, profile, true, withdrawalEffectiveAt, deliveries);
        }

        Line delivered(FinancialYear fy, Quarter quarter, Delivery delivery) {
            SortedMap<FinancialYear, SortedMap<Quarter, Delivery>> updated = new TreeMap<>(deliveries);
            SortedMap<Quarter, Delivery> quarters = new TreeMap<>(deliveries.getOrDefault(fy, Collections.emptySortedMap()));
            quarters.put(quarter, delivery);
            updated.put(fy, quarters);
            return new Line(lineId, ref, serviceArea, profile, withdrawn, effectiveAt, updated);
        }
    }

    /** What was reported for one quarter, and when it took effect. */
    public record Delivery(Money achievedToDate, Rag rag, String note, Instant effectiveAt) {

        /** The same figures and note, whenever they took effect: reporting them again changes nothing. */
        boolean sameReportAs(Money otherAchieved, Rag otherRag, String otherNote) {
            return achievedToDate.equals(otherAchieved) && rag == otherRag && Objects.equals(note, otherNote);
        }
    }

    @Override
    public SavingsProgrammeState apply(SavingsProgrammeEvent event, Instant recordedAt) {
        SavingsProgrammeState next;
        if (event instanceof SavingsProgrammeCreatedEvent created) {
            next = new SavingsProgrammeState(created.programmeId(), created.financialYears(), lines, version);
        } else if (event instanceof SavingsLineAddedEvent added) {
            next = withLine(new Line(added.lineId(), added.ref(), added.serviceArea(), added.profile(), false,
                    added.effectiveAt(recordedAt), null));
        } else if (event instanceof SavingsLineRevisedEvent revised) {
            next = withChangedLine(revised.lineId(),
                    line -> line.revised(revised.profile(), revised.effectiveAt(recordedAt)));
        } else if (event instanceof SavingsLineWithdrawnEvent withdrawn) {
            next = withChangedLine(withdrawn.lineId(), line -> line.withdrawnLine(withdrawn.effectiveAt(recordedAt)));
        } else if (event instanceof SavingsDeliveryRecordedEvent delivered) {
            next = withChangedLine(delivered.lineId(), line -> line.delivered(delivered.fy(), delivered.quarter(),
                    new Delivery(delivered.achievedToDate(), delivered.rag(), delivered.note(),
                            delivered.effectiveAt(recordedAt))));
        } else {
            throw new IllegalArgumentException("unknown savings programme event " + event.getClass().getName());
        }
        return new SavingsProgrammeState(next.id, next.financialYears, next.lines, version + 1);
    }

    @Override
    public String aggregateId() {
        return id == null ? null : id.value();
    }

    /** The line with this id, withdrawn or not, or null. */
    public Line line(LineId lineId) {
        return lines.get(lineId);
    }

    /** The live line with the service area and ref, if any. */
    public Optional<Line> liveLineKeyedBy(String serviceArea, String ref) {
        return lines.values().stream().filter(line -> !line.withdrawn() && line.isKeyedBy(serviceArea, ref)).findFirst();
    }

    /**
     * The line a file's row with this service area and ref means: the live one if there is one, else the latest
     * withdrawn one (which an import must not revise).
     */
    public Optional<Line> lineKeyedBy(String serviceArea, String ref) {
        return lines.values().stream()
                .filter(line -> line.isKeyedBy(serviceArea, ref))
                .reduce((earlier, later) -> later.withdrawn() ? earlier : later);
    }

    private SavingsProgrammeState withLine(Line line) {
        Map<LineId, Line> updated = new LinkedHashMap<>(lines);
        updated.put(line.lineId(), line);
        return new SavingsProgrammeState(id, financialYears, updated, version);
    }

    /** The aggregate only emits events for its own lines; an event for any other changes no line. */
    private SavingsProgrammeState withChangedLine(LineId lineId, UnaryOperator<Line> change) {
        Line line = lines.get(lineId);
        return line == null ? this : withLine(change.apply(line));
    }
}
