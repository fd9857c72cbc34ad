package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;

/**
 * Subscription query for live status cards. The initial result is the financial year's cards, a
 * {@link KpiStatusStreamResponse}; each update is one {@link KpiStatusView}, sent after the batch that wrote it
 * has committed. Both are records, so they come back as themselves through a serializing bus (Axon Server).
 * {@code fy} null follows every financial year.
 */
public record FindKpiStatusStreamQuery(FinancialYear fy) {

    public boolean follows(KpiStatusView card) {
        return fy == null || fy.equals(card.fy());
    }
}
