package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;
import io.outturn.values.Rag;

/** The list endpoint's filters, each null when not given; values are only ever compared for equality. */
record KpiStatusFilter(FinancialYear fy, String organisation, String serviceGroup, Rag rag) {

    /** Whether {@code card} passes every filter given: the test the read model's query makes, on a card in hand. */
    boolean matches(KpiStatusView card) {
        return (fy == null || fy.equals(card.fy()))
                && (organisation == null || organisation.equals(card.organisation()))
                && (serviceGroup == null || serviceGroup.equals(card.serviceGroup()))
                && (rag == null || rag == card.rag());
    }
}
