package io.outturn.query.indicator;

import io.outturn.query.eventstore.RecordedEvent;

import java.time.Instant;

/**
 * An event as a flag cites it: enough to find it in the audit log, an audit pack or a history ({@code eventId},
 * and {@code version}, the indicator's version after it), and to see what it was, when and by whom.
 */
public record FlaggedEvent(String eventId, String type, long version, Instant recordedAt, String actor) {

    public static FlaggedEvent of(RecordedEvent recorded) {
        return new FlaggedEvent(recorded.eventId(), recorded.event().getClass().getSimpleName(), recorded.version(),
                recorded.recordedAt(), recorded.actor());
    }
}
