package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The status card of one indicator in one financial year (API.md, {@code GET /api/indicators/{id}/status/{fy}}).
 * {@code version} is the indicator's version (its number of events), the value of the card's ETag, and
 * {@code lastChangedAt} the time of its latest event; {@code target}, {@code yearToDate},
 * {@code forecastOutturn} and {@code assessment} are null when there is none yet. {@code flags} are the scrutiny
 * flags raised about this year of the indicator, oldest first ({@link ScrutinyFold}), printed only when there are
 * any; {@code proposal}, the revision of the year's target waiting for a second person's approval, beside the
 * target in force, printed only when there is one.
 */
public record KpiStatusView(IndicatorId indicatorId, String title, String organisation, String serviceGroup,
                            FinancialYear fy, Unit unit, Polarity polarity, RollUp rollUp, TargetView target,
                            SortedMap<Quarter, ActualView> actuals, BigDecimal yearToDate,
                            BigDecimal forecastOutturn, Rag rag, Assessment assessment, int quartersReported,
                            long version, Instant lastChangedAt,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ScrutinyFlag> flags,
                            @JsonInclude(JsonInclude.Include.NON_NULL) TargetProposal proposal) {

    public KpiStatusView {
        actuals = actuals == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(actuals));
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** The card with what scrutiny knows of its year: the flags raised and the proposal waiting for approval. */
    KpiStatusView scrutinised(List<ScrutinyFlag> raised, TargetProposal pending) {
        return new KpiStatusView(indicatorId, title, organisation, serviceGroup, fy, unit, polarity, rollUp, target,
                actuals, yearToDate, forecastOutturn, rag, assessment, quartersReported, version, lastChangedAt, raised,
                pending);
    }
}
