package io.outturn.query.yoy;

import io.outturn.values.IndicatorId;

import java.util.List;

/** An indicator's outturn series, oldest financial year first (API.md, {@code GET /api/indicators/{id}/year-on-year}). */
record YearOnYearView(IndicatorId indicatorId, List<YearOnYearEntry> years) {

    YearOnYearView {
        years = years == null ? List.of() : List.copyOf(years);
    }
}
