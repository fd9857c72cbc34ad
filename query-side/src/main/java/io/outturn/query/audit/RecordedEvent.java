package io.outturn.query.audit;

import io.outturn.events.OutturnEvent;

import java.time.Instant;

/**
 * An event as the audit log recorded it: the event itself, where it stands in its aggregate's stream
 * (Axon's 0-based {@code sequence}), when it was recorded (transaction time) and the metadata it carried.
 */
public record RecordedEvent(
        OutturnEvent event,
        long sequence,
        Instant recordedAt,
        String actor,
        String reason,
        String correlationId,
        String source,
        String eventId) {

    /** The aggregate's version once this event had happened: the number of events up to and including it. */
    public long version() {
        return sequence + 1;
    }
}
