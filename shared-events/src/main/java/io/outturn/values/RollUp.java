package io.outturn.values;

/**
 * How quarterly actuals make a year: {@code SUM} for flows ("people helped this year"), {@code LATEST} for
 * snapshots ("% reviewed"), {@code AVERAGE} for rates measured each quarter.
 */
public enum RollUp {
    SUM, LATEST, AVERAGE
}
