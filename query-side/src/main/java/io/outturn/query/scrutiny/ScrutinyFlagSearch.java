package io.outturn.query.scrutiny;

import io.outturn.query.indicator.FlagKind;
import io.outturn.values.FinancialYear;

/** What an auditor asked {@code /api/scrutiny/flags} for: optional literal filters and a page. */
record ScrutinyFlagSearch(FinancialYear fy, String organisation, FlagKind kind, int page, int size) {
}
