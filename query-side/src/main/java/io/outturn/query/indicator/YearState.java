package io.outturn.query.indicator;

import io.outturn.values.Assessment;
import io.outturn.values.Quarter;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One financial year of an indicator: the target in force (null when none or withdrawn) with its text as
 * printed, the milestone assessment if any, and the actuals by quarter.
 */
public record YearState(Target target, String printed, Assessment assessment, String assessmentNote,
                        SortedMap<Quarter, ActualEntry> actuals) {

    public static final YearState EMPTY = new YearState(null, null, null, null, null);

    public YearState {
        actuals = actuals == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(actuals));
    }

    /** The reported values alone, as the calculators take them. */
    public Map<Quarter, BigDecimal> actualValues() {
        SortedMap<Quarter, BigDecimal> values = new TreeMap<>();
        actuals.forEach((quarter, entry) -> values.put(quarter, entry.value()));
        return values;
    }

    YearState withTarget(Target newTarget, String newPrinted) {
        return new YearState(newTarget, newPrinted, assessment, assessmentNote, actuals);
    }

    YearState withAssessment(Assessment newAssessment, String note) {
        return new YearState(target, printed, newAssessment, note, actuals);
    }

    YearState withActual(Quarter quarter, ActualEntry entry) {
        SortedMap<Quarter, ActualEntry> updated = new TreeMap<>(actuals);
        updated.put(quarter, entry);
        return new YearState(target, printed, assessment, assessmentNote, updated);
    }
}
