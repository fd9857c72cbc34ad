package io.outturn.query.yoy;

import io.outturn.query.indicator.IndicatorState;
import io.outturn.values.IndicatorId;
import org.springframework.data.annotation.Id;

import java.util.List;

/**
 * A {@code year_on_year} document, one per indicator ({@code _id} = its id): the series as served, plus this
 * projection's own copy of the indicator's state (so that it replays independently of {@code kpi_status}) and
 * the last indicator event applied.
 */
record YearOnYearDocument(@Id String id, IndicatorId indicatorId, List<YearOnYearEntry> years,
                          IndicatorState state, long lastSequence) {

    static final String COLLECTION = "year_on_year";
}
