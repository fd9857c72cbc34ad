package io.outturn.command.domain;

import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Target;
import io.outturn.values.TargetEasing;

import java.time.LocalDate;

/**
 * Which revisions need a second person: none ({@link Mode#NONE}, the default, as before), or those that make a target
 * easier to meet ({@link TargetEasing}) for a financial year already under way ({@link Mode#EASING_IN_YEAR}). Set by
 * {@code outturn.revisions.approval} and handed to the indicator's command handlers, which decide with it.
 *
 * <p>A year is under way from its first day (1 April) in the organisation's zone, and stays so after it ends: easing a
 * year's target after its results are in is what the rule is for.
 */
public record RevisionApproval(Mode mode) {

    /** Every revision takes effect at once. */
    public static final RevisionApproval NONE = new RevisionApproval(Mode.NONE);

    public enum Mode {
        NONE, EASING_IN_YEAR
    }

    public RevisionApproval {
        mode = mode == null ? Mode.NONE : mode;
    }

    /** Whether replacing {@code current} with {@code proposed} on {@code today} must wait for a second person. */
    public boolean isRequiredFor(Target current, Target proposed, Polarity polarity, FinancialYear fy, LocalDate today) {
        return mode == Mode.EASING_IN_YEAR && isUnderWay(fy, today)
                && TargetEasing.of(current, proposed, polarity).isEasier();
    }

    /**
     * A withdrawal cannot be proposed (a proposal names the target it would put in force), so where easing in year
     * needs a second person, withdrawing a target in year is refused: proposing {@code TO_BE_CONFIRMED} instead asks
     * for the approval.
     *
     * @throws RejectedException APPROVAL_REQUIRED
     */
    public void requireWithdrawalAllowed(Target current, FinancialYear fy, LocalDate today) {
        if (mode == Mode.EASING_IN_YEAR && isUnderWay(fy, today) && TargetEasing.ofWithdrawal(current).isEasier()) {
            throw new RejectedException(Rejection.Code.APPROVAL_REQUIRED, "fy", "withdrawing the target of " + fy
                    + ", a year under way, would make it easier without a second person; propose the target"
                    + " TO_BE_CONFIRMED instead, which needs an approver");
        }
    }

    static boolean isUnderWay(FinancialYear fy, LocalDate today) {
        return !today.isBefore(fy.start());
    }
}
