package io.outturn.query.eventstore;

import io.outturn.events.EventMetadata;
import io.outturn.events.OutturnEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

/**
 * An event as the event store recorded it: the event itself, where it stands in its aggregate's stream
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
