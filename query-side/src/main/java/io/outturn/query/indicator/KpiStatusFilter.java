package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;
import io.outturn.values.Rag;

import java.util.Set;

/**
 * The list endpoint's filters, each null when not given; values are only ever compared for equality.
 * {@code organisations} are those the reader is restricted to (empty: every organisation).
 */
record KpiStatusFilter(FinancialYear fy, String organisation, String serviceGroup, Rag rag,
                       Set<String> organisations) {

    /** Whether {@code card} passes every filter given: the test the read model's query makes, on a card in hand. */
    boolean matches(KpiStatusView card) {
        return (fy == null || fy.equals(card.fy()))
                && (organisation == null || organisation.equals(card.organisation()))
                && (serviceGroup == null || serviceGroup.equals(card.serviceGroup()))
                && (rag == null || rag == card.rag())
                && (organisations.isEmpty() || organisations.contains(card.organisation()));
    }
}
