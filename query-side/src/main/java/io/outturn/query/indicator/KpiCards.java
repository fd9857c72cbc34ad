package io.outturn.query.indicator;

import io.outturn.query.rules.Outturn;
import io.outturn.query.rules.StatusCalculator;
import io.outturn.query.rules.StatusInput;
import io.outturn.query.rules.StatusResult;
import io.outturn.values.FinancialYear;
import io.outturn.values.Quarter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Renders status cards from an indicator's state. Pure, so live projection and as-of queries agree. */
public final class KpiCards {

    private KpiCards() {
    }

    /**
     * The card of {@code fy}, judged, without flags. A CHANGE target measured against another year uses that year's
     * outturn, known once all four of its quarters are reported.
     *
     * @throws IllegalStateException when the indicator has never been defined
     */
    public static KpiStatusView card(IndicatorState state, FinancialYear fy) {
        IndicatorDefinition definition = definitionOf(state);
        return render(state, definition, fy, outturnsExcept(completedOutturns(state, definition), fy));
    }

    /** The card of {@code fy} with the flags raised about that year and the proposal waiting for approval. */
    public static KpiStatusView card(IndicatorState state, Scrutiny scrutiny, FinancialYear fy) {
        return card(state, fy).scrutinised(scrutiny.flagsOf(fy), scrutiny.pendingOf(fy));
    }

    /** Every card the indicator has, each with its year's flags and waiting proposal: what the API shows. */
    public static List<KpiStatusView> cards(IndicatorState state, Scrutiny scrutiny) {
        return cards(state).stream()
                .map(card -> card.scrutinised(scrutiny.flagsOf(card.fy()), scrutiny.pendingOf(card.fy())))
                .toList();
    }

    /**
     * Every card the indicator has ({@link #hasCard}), oldest financial year first, each equal to what
     * {@link #card(IndicatorState, FinancialYear)} gives for its year (no flags); the completed years' outturns are
     * worked out once for all of them.
     */
    public static List<KpiStatusView> cards(IndicatorState state) {
        if (state.definition() == null) {
            return List.of();
        }
        IndicatorDefinition definition = state.definition();
        Map<FinancialYear, BigDecimal> outturns = completedOutturns(state, definition);
        List<KpiStatusView> cards = new ArrayList<>(state.years().size());
        for (FinancialYear fy : state.years().keySet()) {
            cards.add(render(state, definition, fy, outturnsExcept(outturns, fy)));
        }
        return cards;
    }

    /** Whether {@code fy} has a card: once it has had a target, an actual or an assessment. */
    static boolean hasCard(IndicatorState state, FinancialYear fy) {
        return state.definition() != null && state.years().containsKey(fy);
    }

    private static IndicatorDefinition definitionOf(IndicatorState state) {
        IndicatorDefinition definition = state.definition();
        if (definition == null) {
            throw new IllegalStateException("indicator " + state.indicatorId() + " has no definition");
        }
        return definition;
    }

    private static KpiStatusView render(IndicatorState state, IndicatorDefinition definition, FinancialYear fy,
                                        Map<FinancialYear, BigDecimal> otherYearsOutturns) {
        YearState year = state.year(fy);
        StatusResult result = StatusCalculator.evaluate(new StatusInput(definition.polarity(), definition.rollUp(),
                definition.tolerancePercent(), definition.baseline(), year.target(), year.assessment(),
                year.actualValues(), otherYearsOutturns));
        SortedMap<Quarter, ActualView> actuals = new TreeMap<>();
        year.actuals().forEach((quarter, entry) -> actuals.put(quarter, ActualView.of(entry)));
        return new KpiStatusView(state.indicatorId(), definition.title(), definition.organisation(),
                definition.serviceGroup(), fy, definition.unit(), definition.polarity(), definition.rollUp(),
                TargetView.of(year.printedTarget(), result.effectiveTarget(), year.targetEffectiveFrom()), actuals,
                result.yearToDate(), result.forecastOutturn(), result.rag(), year.assessment(),
                result.quartersReported(), state.version(), state.lastChangedAt(), List.of(), null);
    }

    /** The outturn of every year whose four quarters are all reported. */
    private static Map<FinancialYear, BigDecimal> completedOutturns(IndicatorState state,
                                                                     IndicatorDefinition definition) {
        Map<FinancialYear, BigDecimal> outturns = new HashMap<>();
        state.years().forEach((fy, year) -> Outturn.ofCompleteYear(definition.rollUp(), year.actualValues())
                .ifPresent(outturn -> outturns.put(fy, outturn.value())));
        return outturns;
    }

    /** A card is judged against the other years' outturns only, never its own. */
    private static Map<FinancialYear, BigDecimal> outturnsExcept(Map<FinancialYear, BigDecimal> outturns,
                                                                 FinancialYear fy) {
        if (!outturns.containsKey(fy)) {
            return outturns;
        }
        Map<FinancialYear, BigDecimal> others = new HashMap<>(outturns);
        others.remove(fy);
        return others;
    }
}
