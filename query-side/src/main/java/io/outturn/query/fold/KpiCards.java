package io.outturn.query.fold;

import io.outturn.query.rules.StatusCalculator;
import io.outturn.query.rules.StatusInput;
import io.outturn.query.rules.StatusResult;
import io.outturn.values.FinancialYear;
import io.outturn.values.Quarter;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Renders status cards from an indicator's state. Pure, so live projection and as-of queries agree. */
public final class KpiCards {

    private KpiCards() {
    }

    /**
     * The card of {@code fy}. A CHANGE target measured against another year uses that year's outturn, known
     * once all four of its quarters are reported.
     *
     * @throws IllegalStateException when the indicator has never been defined
     */
    public static KpiStatusView card(IndicatorState state, FinancialYear fy) {
        IndicatorDefinition definition = state.definition();
        if (definition == null) {
            throw new IllegalStateException("indicator " + state.indicatorId() + " has no definition");
        }
        YearState year = state.year(fy);
        StatusResult result = StatusCalculator.evaluate(new StatusInput(definition.polarity(), definition.rollUp(),
                definition.tolerancePercent(), definition.baseline(), year.target(), year.assessment(),
                year.actualValues(), completedOutturns(state, definition, fy)));
        SortedMap<Quarter, ActualView> actuals = new TreeMap<>();
        year.actuals().forEach((quarter, entry) -> actuals.put(quarter, ActualView.of(entry)));
        return new KpiStatusView(state.indicatorId(), definition.title(), definition.organisation(),
                definition.serviceGroup(), fy, definition.unit(), definition.polarity(), definition.rollUp(),
                TargetView.of(year.target(), year.printed(), result.effectiveTarget()), actuals,
                result.yearToDate(), result.forecastOutturn(), result.rag(), year.assessment(),
                result.quartersReported(), state.version(), state.lastChangedAt());
    }

    /** Whether {@code fy} has a card: once it has had a target, an actual or an assessment. */
    public static boolean hasCard(IndicatorState state, FinancialYear fy) {
        return state.definition() != null && state.years().containsKey(fy);
    }

    private static Map<FinancialYear, BigDecimal> completedOutturns(IndicatorState state,
                                                                     IndicatorDefinition definition,
                                                                     FinancialYear except) {
        Map<FinancialYear, BigDecimal> outturns = new HashMap<>();
        state.years().forEach((fy, year) -> {
            if (!fy.equals(except) && year.actuals().size() == Quarter.values().length) {
                StatusCalculator.yearToDate(definition.rollUp(), year.actualValues())
                        .ifPresent(outturn -> outturns.put(fy, outturn));
            }
        });
        return outturns;
    }
}
