package io.outturn.values;

/** Red/amber/green judgement; GREY when there is nothing to judge yet. */
public enum Rag {
    GREEN, AMBER, RED, GREY
}
