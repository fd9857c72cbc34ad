package io.outturn.query.scrutiny;

import io.outturn.query.indicator.FoldedIndicator;
import io.outturn.query.indicator.IndicatorState;
import io.outturn.query.indicator.Scrutiny;
import org.springframework.data.annotation.Id;

/**
 * A {@code scrutiny_indicator_state} document: one indicator's state and scrutiny as the flags projection has folded
 * them ({@code _id} = its id), which the next event is judged against. {@code lastSequence} is the last event applied.
 */
record ScrutinyStateDocument(@Id String id, IndicatorState state, Scrutiny scrutiny, long lastSequence) {

    static final String COLLECTION = "scrutiny_indicator_state";

    static ScrutinyStateDocument of(String id, FoldedIndicator folded) {
        return new ScrutinyStateDocument(id, folded.state(), folded.scrutiny(), folded.state().version() - 1);
    }

    FoldedIndicator folded() {
        return new FoldedIndicator(state, scrutiny == null ? Scrutiny.NONE : scrutiny);
    }
}
