package io.outturn.query.rules;

/** Direction of travel between two years' figures, judged by the indicator's polarity. */
public enum Direction {
    IMPROVED, WORSENED, UNCHANGED
}
