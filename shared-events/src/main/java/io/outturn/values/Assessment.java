package io.outturn.values;

/** A recorded judgement of a milestone target. */
public enum Assessment {
    ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED
}
