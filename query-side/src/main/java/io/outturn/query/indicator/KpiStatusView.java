package io.outturn.query.indicator;

import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The status card of one indicator in one financial year (API.md, {@code GET /api/indicators/{id}/status/{fy}}).
 * {@code version} is the indicator's version (its number of events), the value of the card's ETag, and
 * {@code lastChangedAt} the time of its latest event; {@code target}, {@code yearToDate},
 * {@code forecastOutturn} and {@code assessment} are null when there is none yet.
 */
public record KpiStatusView(IndicatorId indicatorId, String title, String organisation, String serviceGroup,
                            FinancialYear fy, Unit unit, Polarity polarity, RollUp rollUp, TargetView target,
                            SortedMap<Quarter, ActualView> actuals, BigDecimal yearToDate,
                            BigDecimal forecastOutturn, Rag rag, Assessment assessment, int quartersReported,
                            long version, Instant lastChangedAt) {

    public KpiStatusView {
        actuals = actuals == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(actuals));
    }
}
