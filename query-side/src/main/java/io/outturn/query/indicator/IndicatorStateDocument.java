package io.outturn.query.indicator;

import org.springframework.data.annotation.Id;

/**
 * A {@code kpi_indicator_state} document: the folded state of one indicator ({@code _id} = its id), kept
 * because one event (a definition change, an outturn a CHANGE target refers to) can alter several cards, and its
 * scrutiny, whose flags the cards carry. {@code lastSequence} is the last indicator event applied.
 */
record IndicatorStateDocument(@Id String id, IndicatorState state, Scrutiny scrutiny, long lastSequence) {

    static final String COLLECTION = "kpi_indicator_state";

    /** A document stored before cards carried flags has none: replay {@code kpi-status} once to raise them. */
    Scrutiny scrutinySoFar() {
        return scrutiny == null ? Scrutiny.NONE : scrutiny;
    }
}
