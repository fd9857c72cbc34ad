package io.outturn.query.eventstore;

import io.outturn.events.EffectiveDated;
import io.outturn.events.EventMetadata;
import io.outturn.events.Justified;
import io.outturn.events.OutturnEvent;
import io.outturn.values.Decision;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

/**
 * An event as the event store recorded it: the event itself, where it stands in its aggregate's stream
 * (Axon's 0-based {@code sequence}), when it was recorded (transaction time) and the metadata it carried; and, read
 * from the event, why the change was made and when it took effect, as every history and the audit log show them.
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

    /** Why the change was made, for an event that says (a revision, correction, withdrawal or amendment); else null. */
    public Justification justification() {
        return event instanceof Justified justified ? justified.justification() : null;
    }

    /** The kind of reason the change had; null when it has no justification. */
    public ReasonCode reasonCode() {
        Justification justification = justification();
        return justification == null ? null : justification.code();
    }

    /** The decision that authorised the change; null when none was given. */
    public Decision decision() {
        Justification justification = justification();
        return justification == null ? null : justification.decision();
    }

    /**
     * When what the event records took effect: its {@code effectiveFrom}, or when it was recorded for an event that
     * gives none ({@link EffectiveDated#effectiveAt}); null for an event that has no effective date (a definition, a
     * programme's creation).
     */
    public Instant effectiveFrom() {
        return event instanceof EffectiveDated dated ? dated.effectiveAt(recordedAt) : null;
    }

    /** {@code event} as {@code message} carried it: the one place a stored message becomes a recorded event. */
    public static RecordedEvent of(OutturnEvent event, DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        return new RecordedEvent(event, message.getSequenceNumber(), message.getTimestamp(),
                metaDataText(metaData, EventMetadata.ACTOR),
                metaDataText(metaData, EventMetadata.REASON),
                metaDataText(metaData, EventMetadata.CORRELATION_ID),
                metaDataText(metaData, EventMetadata.SOURCE),
                message.getIdentifier());
    }

    public static String metaDataText(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
