package io.outturn.query.scrutiny;

import io.outturn.query.indicator.FlagKind;
import io.outturn.values.FinancialYear;
import io.outturn.web.security.OrganisationScope;

/**
 * What an auditor asked {@code /api/scrutiny/flags} for: optional literal filters and a page, within the organisations
 * the auditor may see.
 */
record ScrutinyFlagSearch(FinancialYear fy, String organisation, FlagKind kind, int page, int size,
                          OrganisationScope scope) {
}
