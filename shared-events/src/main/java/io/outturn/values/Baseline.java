package io.outturn.values;

import java.math.BigDecimal;

/** The value an indicator started from, the financial year it was measured in, and a note on its source. */
public record Baseline(BigDecimal value, FinancialYear fy, String note) {

    public Baseline {
        if (value == null) {
            throw new IllegalArgumentException("baseline value is missing");
        }
        value = Decimals.normalise(value);
        if (fy == null) {
            throw new IllegalArgumentException("baseline financial year is missing");
        }
    }
}
