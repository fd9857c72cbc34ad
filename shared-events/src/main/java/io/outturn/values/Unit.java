package io.outturn.values;

/** What an indicator's values count. */
public enum Unit {
    COUNT, PERCENT, GBP, RATE_PER_1000, RATE_PER_100000, RATIO, DAYS, OTHER
}
