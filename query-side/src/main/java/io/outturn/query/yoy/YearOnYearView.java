package io.outturn.query.yoy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.outturn.query.eventstore.Basis;
import io.outturn.values.IndicatorId;

import java.util.List;

/**
 * An indicator's outturn series, oldest financial year first (API.md, {@code GET /api/indicators/{id}/year-on-year}).
 * {@code basis} says which time axes it was built on; absent from the series now.
 */
record YearOnYearView(IndicatorId indicatorId, List<YearOnYearEntry> years,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Basis basis) {

    YearOnYearView {
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** The series now. */
    YearOnYearView(IndicatorId indicatorId, List<YearOnYearEntry> years) {
        this(indicatorId, years, null);
    }

    YearOnYearView on(Basis newBasis) {
        return new YearOnYearView(indicatorId, years, newBasis);
    }
}
