package io.outturn.query.rules;

import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One indicator's actuals over the years, with each year's target (only a RANGE target is used: its midpoint
 * decides the direction of travel of a within-range indicator). Either map may be empty.
 */
public record YearOnYearInput(Polarity polarity, RollUp rollUp,
                              SortedMap<FinancialYear, Map<Quarter, BigDecimal>> actualsByYear,
                              Map<FinancialYear, Target> targetByYear) {

    public YearOnYearInput {
        SortedMap<FinancialYear, Map<Quarter, BigDecimal>> years = new TreeMap<>();
        if (actualsByYear != null) {
            actualsByYear.forEach((fy, actuals) -> years.put(fy, Figures.reported(actuals)));
        }
        actualsByYear = Collections.unmodifiableSortedMap(years);
        targetByYear = targetByYear == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(targetByYear));
    }
}
