package io.outturn.values;

/** Which way is good for an indicator. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE
}
