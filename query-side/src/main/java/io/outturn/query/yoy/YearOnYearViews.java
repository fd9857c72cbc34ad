package io.outturn.query.yoy;

import io.outturn.query.indicator.IndicatorDefinition;
import io.outturn.query.indicator.IndicatorState;
import io.outturn.query.indicator.KpiCards;
import io.outturn.query.indicator.KpiStatusView;
import io.outturn.query.rules.YearComparison;
import io.outturn.query.rules.YearOnYearCalculator;
import io.outturn.query.rules.YearOnYearInput;
import io.outturn.values.FinancialYear;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Renders an indicator's year-on-year series from its state. Pure, like {@link KpiCards}. */
final class YearOnYearViews {

    private YearOnYearViews() {
    }

    /**
     * One entry per financial year with at least one actual, oldest first, each with the target and RAG of
     * that year's status card.
     *
     * @throws IllegalStateException when the indicator has never been defined
     */
    static YearOnYearView of(IndicatorState state) {
        IndicatorDefinition definition = state.definition();
        if (definition == null) {
            throw new IllegalStateException("indicator " + state.indicatorId() + " has no definition");
        }
        SortedMap<FinancialYear, Map<Quarter, BigDecimal>> actualsByYear = new TreeMap<>();
        Map<FinancialYear, Target> targetByYear = new HashMap<>();
        state.years().forEach((fy, year) -> {
            actualsByYear.put(fy, year.actualValues());
            if (year.target() != null) {
                targetByYear.put(fy, year.target());
            }
        });
        List<YearComparison> comparisons = YearOnYearCalculator.compare(new YearOnYearInput(definition.polarity(),
                definition.rollUp(), actualsByYear, targetByYear));
        if (comparisons.isEmpty()) {
            return new YearOnYearView(state.indicatorId(), List.of());
        }
        Map<FinancialYear, KpiStatusView> cards = new HashMap<>();
        KpiCards.cards(state).forEach(card -> cards.put(card.fy(), card));
        return new YearOnYearView(state.indicatorId(),
                comparisons.stream().map(c -> entry(cards.get(c.fy()), c)).toList());
    }

    private static YearOnYearEntry entry(KpiStatusView card, YearComparison comparison) {
        Rag rag = card.rag();
        return new YearOnYearEntry(comparison.fy(), comparison.outturn(), comparison.quartersReported(),
                card.target(), rag, comparison.change(), comparison.changePercent(), comparison.direction(),
                comparison.likeForLike());
    }
}
