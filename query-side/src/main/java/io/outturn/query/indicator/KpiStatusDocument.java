package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Rag;
import org.springframework.data.annotation.Id;

/**
 * A {@code kpi_status} document: one status card per indicator and financial year, {@code _id}
 * {@code <indicatorId>|<fy>}. The fields the list endpoint filters and sorts on are copied beside the card so
 * that they can be indexed; {@code lastSequence} is the indicator event the card was rendered after.
 */
record KpiStatusDocument(@Id String id, IndicatorId indicatorId, FinancialYear fy, String organisation,
                         String serviceGroup, Rag rag, KpiStatusView card, long lastSequence) {

    static final String COLLECTION = "kpi_status";

    static String idOf(IndicatorId indicatorId, FinancialYear fy) {
        return indicatorId.value() + "|" + fy;
    }

    /** The document of {@code card}, whose {@code _id} the caller has already worked out with {@link #idOf}. */
    static KpiStatusDocument of(String id, KpiStatusView card, long lastSequence) {
        return new KpiStatusDocument(id, card.indicatorId(), card.fy(), card.organisation(), card.serviceGroup(),
                card.rag(), card, lastSequence);
    }
}
