package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;
import io.outturn.values.Rag;

/** The list endpoint's filters, each null when not given; values are only ever compared for equality. */
record KpiStatusFilter(FinancialYear fy, String organisation, String serviceGroup, Rag rag) {
}
