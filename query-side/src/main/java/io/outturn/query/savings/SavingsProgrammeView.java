package io.outturn.query.savings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.outturn.query.eventstore.Basis;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * A savings programme as the API shows it. {@code totals} are per financial year over the lines not withdrawn
 * (derived, never entered); {@code gapToOverallTarget} is the overall target less {@code totalAllYears}
 * (positive: savings still to find), null when the programme has no overall target. {@code basis} says which time
 * axes the view was built on; absent from the programme now.
 */
record SavingsProgrammeView(
        ProgrammeId id,
        String title,
        String organisation,
        List<FinancialYear> financialYears,
        Money overallTarget,
        SortedMap<FinancialYear, Money> totals,
        Money totalAllYears,
        Money gapToOverallTarget,
        List<SavingsLine> lines,
        long version,
        Instant lastChangedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Basis basis) {
}
