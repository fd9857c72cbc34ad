package io.outturn.query.savings;

import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.SavingsProfile;

import java.util.SortedMap;

/**
 * One line of a programme view. A withdrawn line keeps the profile it had, for the record, but counts in no
 * total; {@code revisions} counts the profile revisions; {@code delivery} holds per year the latest quarter
 * reported.
 */
public record SavingsLineView(
        LineId lineId,
        String ref,
        String title,
        String serviceArea,
        SavingsProfile profile,
        boolean withdrawn,
        int revisions,
        SortedMap<FinancialYear, LineDelivery> delivery) {
}
