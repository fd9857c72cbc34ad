package io.outturn.values;

/** Whether the figures of an indicator can be compared with those of the indicator it succeeds. */
public enum Comparability {
    /** The series continues: year-on-year comparisons across the link stand. */
    COMPARABLE,
    /** Comparable with care, e.g. the same measure over a changed population; the note says how. */
    PARTIAL,
    /** A break in the series: no comparison across the link. */
    BREAK
}
