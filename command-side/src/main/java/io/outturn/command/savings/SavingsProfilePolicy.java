package io.outturn.command.savings;

import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import io.outturn.values.FinancialYear;
import io.outturn.values.Justification;
import io.outturn.values.Money;
import io.outturn.values.ReasonCode;
import io.outturn.values.SavingsProfile;

import java.util.Collection;
import java.util.Map;

/**
 * What a savings line's planned profile must be: at least one year, only years the programme covers, and no
 * negative amounts (a saving that costs money is a pressure, recorded elsewhere). A revision justified as
 * {@code REPHASING} moves savings between years: what is saved overall must stay the same.
 */
public final class SavingsProfilePolicy {

    static final String FIELD = "profile";

    private SavingsProfilePolicy() {
    }

    static SavingsProfile requireValid(SavingsProfile profile, Collection<FinancialYear> programmeYears) {
        if (profile == null || profile.amounts().isEmpty()) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, FIELD,
                    "a profile needs an amount for at least one financial year");
        }
        for (Map.Entry<FinancialYear, Money> entry : profile.amounts().entrySet()) {
            if (!programmeYears.contains(entry.getKey())) {
                throw new RejectedException(Rejection.Code.FY_NOT_IN_PROGRAMME, FIELD,
                        entry.getKey() + " is not one of the programme's years " + programmeYears);
            }
            if (entry.getValue().isNegative()) {
                throw new RejectedException(Rejection.Code.VALIDATION_FAILED, FIELD,
                        "the amount for " + entry.getKey() + " is negative: " + entry.getValue());
            }
        }
        return profile;
    }

    /**
     * @throws RejectedException REASON_CODE_NOT_APPLICABLE when {@code justification} says REPHASING but the
     *                           revision changes the line's total
     */
    public static void requireFits(Justification justification, SavingsProfile previous, SavingsProfile proposed) {
        if (justification.code() == ReasonCode.REPHASING && !previous.total().equals(proposed.total())) {
            throw new RejectedException(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode",
                    "REPHASING moves savings between years, so the total stays " + previous.total()
                            + "; this profile totals " + proposed.total());
        }
    }
}
