package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything known about one indicator after its events so far: the definition (null only if events arrive
 * for an indicator never defined), each financial year that has had a target, an actual or an assessment,
 * the aggregate {@code version} (sequence + 1 of the last event applied) and when that event happened.
 */
public record IndicatorState(IndicatorId indicatorId, IndicatorDefinition definition,
                             SortedMap<FinancialYear, YearState> years, long version, Instant lastChangedAt) {

    public IndicatorState {
        if (indicatorId == null) {
            throw new IllegalArgumentException("indicator id is missing");
        }
        years = years == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(years));
    }

    static IndicatorState empty(IndicatorId indicatorId) {
        return new IndicatorState(indicatorId, null, null, 0, null);
    }

    /** The year's state; {@link YearState#EMPTY} for a year with nothing recorded. */
    public YearState year(FinancialYear fy) {
        return years.getOrDefault(fy, YearState.EMPTY);
    }

    IndicatorState withDefinition(IndicatorDefinition newDefinition) {
        return new IndicatorState(indicatorId, newDefinition, years, version, lastChangedAt);
    }

    IndicatorState withYear(FinancialYear fy, YearState year) {
        SortedMap<FinancialYear, YearState> updated = new TreeMap<>(years);
        updated.put(fy, year);
        return new IndicatorState(indicatorId, definition, updated, version, lastChangedAt);
    }

    IndicatorState at(long newVersion, Instant changedAt) {
        return new IndicatorState(indicatorId, definition, years, newVersion, changedAt);
    }
}
