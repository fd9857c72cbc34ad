package io.outturn.query.indicator;

/**
 * What a scrutiny committee would ask about (README, "For auditors"; the rules are {@link ScrutinyFold}'s).
 * Easing is judged by {@link io.outturn.values.TargetEasing}; times are transaction times, in the organisation's
 * zone where a date matters.
 */
public enum FlagKind {
    /** A target made easier after an actual for its financial year had been recorded. */
    EASED_AFTER_RESULTS,
    /** A target made easier in the 30 days before one of its year's reporting deadlines while its card was RED or AMBER. */
    EASED_NEAR_DEADLINE,
    /** A target made easier a second time (or more). */
    REPEATED_EASING,
    /** An actual corrected after its year's Q4 reporting deadline. */
    LATE_CORRECTION,
    /** A target revised or withdrawn once its year had begun, without a decision reference. */
    NO_DECISION
}
