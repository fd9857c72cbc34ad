package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;

import java.util.Set;

/**
 * Subscription query for live status cards. The initial result is the financial year's cards, a
 * {@link KpiStatusStreamResponse}; each update is one {@link KpiStatusView}, sent after the batch that wrote it
 * has committed. Both are records, so they come back as themselves through a serializing bus (Axon Server).
 * {@code fy} null follows every financial year; {@code organisations} empty follows every organisation, else only
 * those (the follower's scope).
 */
public record FindKpiStatusStreamQuery(FinancialYear fy, Set<String> organisations) {

    public FindKpiStatusStreamQuery {
        organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
    }

    /** Every organisation's cards. */
    public FindKpiStatusStreamQuery(FinancialYear fy) {
        this(fy, Set.of());
    }

    public boolean follows(KpiStatusView card) {
        return (fy == null || fy.equals(card.fy()))
                && (organisations.isEmpty() || organisations.contains(card.organisation()));
    }
}
