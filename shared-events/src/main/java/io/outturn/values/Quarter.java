package io.outturn.values;

/** Quarters of a financial year: Q1 April-June, Q2 July-September, Q3 October-December, Q4 January-March. */
public enum Quarter {
    Q1, Q2, Q3, Q4;

    public int number() {
        return ordinal() + 1;
    }

    public static Quarter parse(String text) {
        if (text != null) {
            for (Quarter q : values()) {
                if (q.name().equalsIgnoreCase(text.trim())) {
                    return q;
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a quarter: use Q1, Q2, Q3 or Q4");
    }
}
