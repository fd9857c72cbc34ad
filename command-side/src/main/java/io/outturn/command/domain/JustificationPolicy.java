package io.outturn.command.domain;

import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static io.outturn.values.ReasonCode.DATA_RESTATEMENT;
import static io.outturn.values.ReasonCode.DEFINITION_CHANGE;
import static io.outturn.values.ReasonCode.ERROR_CORRECTION;
import static io.outturn.values.ReasonCode.OTHER;
import static io.outturn.values.ReasonCode.POLICY_CHANGE;
import static io.outturn.values.ReasonCode.REBASELINE;
import static io.outturn.values.ReasonCode.REPHASING;

/**
 * What a change must say about why it is made. A revision, correction, withdrawal or amendment needs a reason in
 * words of at least {@link #MINIMUM_REASON_LENGTH} characters ({@code x} and {@code import} say nothing an auditor
 * can use); its code defaults to {@link ReasonCode#OTHER} and must be one that fits the kind of change; a
 * decision is optional. Only new changes are held to this: events recorded before it, with reasons such as
 * {@code x}, still load.
 */
public final class JustificationPolicy {

    /** The fewest characters a reason may have, white space around it not counted. */
    public static final int MINIMUM_REASON_LENGTH = 10;

    /** The kinds of change that are justified, each with the reason codes that fit it. */
    public enum Change {
        /** A change of an indicator's title, service group, lead officer, tolerance or baseline. */
        INDICATOR_AMENDMENT(DEFINITION_CHANGE, REBASELINE, POLICY_CHANGE, ERROR_CORRECTION, OTHER),
        TARGET_REVISION(REBASELINE, POLICY_CHANGE, ERROR_CORRECTION, OTHER),
        TARGET_WITHDRAWAL(REBASELINE, POLICY_CHANGE, ERROR_CORRECTION, OTHER),
        /** A quarter's figure restated: facts are corrected or restated, never rebaselined or changed by policy. */
        ACTUAL_CORRECTION(DATA_RESTATEMENT, ERROR_CORRECTION, OTHER),
        MILESTONE_REASSESSMENT(DATA_RESTATEMENT, ERROR_CORRECTION, OTHER),
        /** A new profile for a savings line; {@code REPHASING} only when what is saved overall stays the same. */
        SAVINGS_LINE_REVISION(REPHASING, REBASELINE, POLICY_CHANGE, ERROR_CORRECTION, OTHER),
        SAVINGS_LINE_WITHDRAWAL(REBASELINE, POLICY_CHANGE, ERROR_CORRECTION, OTHER),
        /** A proposed revision of a target turned down by the second person: why it should not take effect. */
        PROPOSAL_REJECTION(POLICY_CHANGE, ERROR_CORRECTION, OTHER);

        private final Set<ReasonCode> fitting;

        Change(ReasonCode first, ReasonCode... rest) {
            this.fitting = EnumSet.of(first, rest);
        }

        public boolean fits(ReasonCode code) {
            return fitting.contains(code);
        }

        /** The codes that fit, in the order {@link ReasonCode} declares them. */
        public Set<ReasonCode> fitting() {
            return EnumSet.copyOf(fitting);
        }
    }

    private JustificationPolicy() {
    }

    /**
     * The justification of a change that must have one.
     *
     * @throws RejectedException REASON_REQUIRED without a reason, REASON_TOO_SHORT for a reason under the minimum,
     *                           REASON_CODE_NOT_APPLICABLE for a code that does not fit {@code change}
     */
    public static Justification require(Change change, GivenJustification given) {
        GivenJustification justification = given == null ? GivenJustification.NONE : given;
        String reason = justification.reason();
        if (reason == null) {
            throw new RejectedException(Rejection.Code.REASON_REQUIRED, "reason",
                    "a reason is required for this change");
        }
        int length = reason.codePointCount(0, reason.length());
        if (length < MINIMUM_REASON_LENGTH) {
            throw new RejectedException(Rejection.Code.REASON_TOO_SHORT, "reason", "a reason needs at least "
                    + MINIMUM_REASON_LENGTH + " characters saying why; '" + reason + "' has " + length);
        }
        ReasonCode code = justification.reasonCode() == null ? OTHER : justification.reasonCode();
        if (!change.fits(code)) {
            throw new RejectedException(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode",
                    code + " does not fit a " + describe(change) + "; it may be " + change.fitting());
        }
        return new Justification(code, reason, justification.decision());
    }

    /**
     * The justification of a change that may have one (a reassessment): none when nothing is given, otherwise
     * held to {@link #require}.
     */
    public static Justification optional(Change change, GivenJustification given) {
        return given == null || given.isEmpty() ? null : require(change, given);
    }

    private static String describe(Change change) {
        return change.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
