package io.outturn.query.indicator;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.eventstore.RecordedEvent;

import java.time.ZoneId;
import java.util.List;

/**
 * An indicator's state and its scrutiny, folded together from its events: what a card needs, live or as of a past
 * moment, and what a target's history reads its flags from.
 */
public record FoldedIndicator(IndicatorState state, Scrutiny scrutiny) {

    /** The fold of {@code events}, the indicator's events in sequence (any others are skipped); null when none. */
    public static FoldedIndicator of(List<RecordedEvent> events, ZoneId zone) {
        FoldedIndicator folded = null;
        for (RecordedEvent recorded : events) {
            folded = next(folded, recorded, zone);
        }
        return folded;
    }

    /** {@code folded} after one more recorded event; unchanged for an event not newer than it, or of another aggregate type. */
    public static FoldedIndicator next(FoldedIndicator folded, RecordedEvent recorded, ZoneId zone) {
        if (!(recorded.event() instanceof IndicatorEvent event)) {
            return folded;
        }
        IndicatorState before = folded == null ? null : folded.state();
        IndicatorState after = IndicatorFold.apply(before, event, recorded.sequence(), recorded.recordedAt());
        if (after == before) {
            return folded;
        }
        Scrutiny scrutiny = ScrutinyFold.apply(folded == null ? null : folded.scrutiny(),
                before == null ? IndicatorState.empty(event.indicatorId()) : before, after, recorded, zone);
        return new FoldedIndicator(after, scrutiny);
    }
}
