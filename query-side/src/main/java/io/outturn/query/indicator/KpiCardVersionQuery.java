package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;

/**
 * Subscription query on the version of one status card, for reads that wait for a version
 * ({@link io.outturn.query.web.VersionWait}): the initial result is the version stored now (0 when there is no card
 * yet), each update the version a committed batch wrote.
 */
public record KpiCardVersionQuery(IndicatorId indicatorId, FinancialYear fy) {

    boolean follows(KpiStatusView card) {
        return indicatorId.equals(card.indicatorId()) && fy.equals(card.fy());
    }
}
