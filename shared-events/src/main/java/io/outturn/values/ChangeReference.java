package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a {@link Target.Change} is measured against: the indicator's baseline, or the outturn of a named
 * financial year ("reduce by 5% compared to 2004/05"). Written {@code BASELINE} or {@code 2004-05}.
 */
public record ChangeReference(FinancialYear financialYear) {

    public static final ChangeReference BASELINE = new ChangeReference(null);

    public static ChangeReference outturnOf(FinancialYear fy) {
        if (fy == null) {
            throw new IllegalArgumentException("reference financial year is missing");
        }
        return new ChangeReference(fy);
    }

    @JsonCreator
    public static ChangeReference parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("BASELINE")) {
            return BASELINE;
        }
        return outturnOf(FinancialYear.parse(text));
    }

    public boolean isBaseline() {
        return financialYear == null;
    }

    @JsonValue
    @Override
    public String toString() {
        return isBaseline() ? "BASELINE" : financialYear.toString();
    }
}
