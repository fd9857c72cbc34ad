package io.outturn.query.savings;

import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;

import java.util.SortedMap;

/** A programme in the list: who it belongs to and its totals, without its lines. */
record SavingsProgrammeSummary(
        ProgrammeId id,
        String title,
        String organisation,
        SortedMap<FinancialYear, Money> totals,
        Money totalAllYears,
        long version) {
}
