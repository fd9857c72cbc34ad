package io.outturn.spec;

import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.Polarity;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import io.outturn.values.Tolerance;
import io.outturn.values.Unit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator's state after its events, in the form every fold of indicator events can be put in, so that
 * {@link IndicatorStateSpecification} can hold them all to the same expectations: the definition, per financial
 * year the target in force with its printed text, the milestone assessment and the actuals, and the version
 * (the number of events folded). A year with nothing in it is left out, however a fold keeps it.
 */
public record SpecifiedState(Definition definition, SortedMap<FinancialYear, Year> years, long version) {

    public SpecifiedState {
        SortedMap<FinancialYear, Year> kept = new TreeMap<>();
        (years == null ? Map.<FinancialYear, Year>of() : years).forEach((fy, year) -> {
            if (!year.isEmpty()) {
                kept.put(fy, year);
            }
        });
        years = Collections.unmodifiableSortedMap(kept);
    }

    /** What an indicator is, as last defined or amended; the tolerance is the default when none was named. */
    public record Definition(String title, String organisation, String serviceGroup, String leadOfficer,
                             Framework framework, Unit unit, Polarity polarity, RollUp rollUp, Tolerance tolerance,
                             Baseline baseline) {
    }

    /** One financial year: the target in force (null when none), the milestone assessment, the actuals. */
    public record Year(PrintedTarget target, Assessment assessment, String assessmentNote,
                       SortedMap<Quarter, Actual> actuals) {

        public Year {
            actuals = Collections.unmodifiableSortedMap(new TreeMap<>(actuals == null ? Map.of() : actuals));
        }

        boolean isEmpty() {
            return target == null && assessment == null && actuals.isEmpty();
        }
    }

    /** A quarter's reported value; {@code corrected} once it has been restated. */
    public record Actual(BigDecimal value, boolean corrected) {
    }
}
