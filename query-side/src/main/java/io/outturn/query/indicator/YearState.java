package io.outturn.query.indicator;

import io.outturn.values.Assessment;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Quarter;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One financial year of an indicator: the target in force (null when none or withdrawn) with its text as
 * printed and when it took effect, the milestone assessment if any, and the actuals by quarter. The target in force
 * is one {@link PrintedTarget} ({@link #printedTarget()}); it is kept as two components because that is the shape
 * the {@code kpi_indicator_state} and {@code year_on_year} documents store it in. {@code targetEffectiveFrom} is null
 * in a document stored before it existed, until the read model is replayed.
 */
public record YearState(Target target, String printed, Instant targetEffectiveFrom, Assessment assessment,
                        String assessmentNote, SortedMap<Quarter, ActualEntry> actuals) {

    public static final YearState EMPTY = new YearState(null, null, null, null, null, null);

    public YearState {
        actuals = actuals == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(actuals));
    }

    /** The reported values alone, as the calculators take them. */
    public Map<Quarter, BigDecimal> actualValues() {
        SortedMap<Quarter, BigDecimal> values = new TreeMap<>();
        actuals.forEach((quarter, entry) -> values.put(quarter, entry.value()));
        return values;
    }

    /** The target in force with its printed text; null when there is none. */
    public PrintedTarget printedTarget() {
        return PrintedTarget.orNull(target, printed);
    }

    /**
     * @param inForce     the new target in force, null when it was withdrawn
     * @param effectiveAt when it took effect
     */
    YearState withTarget(PrintedTarget inForce, Instant effectiveAt) {
        return inForce == null
                ? new YearState(null, null, null, assessment, assessmentNote, actuals)
                : new YearState(inForce.target(), inForce.printed(), effectiveAt, assessment, assessmentNote, actuals);
    }

    YearState withAssessment(Assessment newAssessment, String note) {
        return new YearState(target, printed, targetEffectiveFrom, newAssessment, note, actuals);
    }

    YearState withActual(Quarter quarter, ActualEntry entry) {
        SortedMap<Quarter, ActualEntry> updated = new TreeMap<>(actuals);
        updated.put(quarter, entry);
        return new YearState(target, printed, targetEffectiveFrom, assessment, assessmentNote, updated);
    }
}
