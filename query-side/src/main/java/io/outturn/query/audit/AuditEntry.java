package io.outturn.query.audit;

import io.outturn.events.IndicatorEvent;
import io.outturn.events.OutturnEvent;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.values.ReasonCode;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * One document of {@code audit_log}: one event as it was recorded, keyed by Axon's event identifier so that
 * writing it again (redelivery, replay) replaces it with itself.
 *
 * <p>{@code recordedAt} is stored as a BSON date (milliseconds) so that it sorts and filters with an index;
 * the nanoseconds of the event's timestamp are kept beside it so that "as of T" can be decided exactly.
 * {@code reasonCode}, the code of the event's justification, is copied beside the payload so that searches by it
 * are literal and indexed; like {@code fy} and {@code lineId} it is left out when there is none.
 */
record AuditEntry(
        String eventId,
        String type,
        String payloadType,
        String aggregateId,
        String aggregateType,
        long sequence,
        Instant recordedAt,
        String actor,
        String reason,
        ReasonCode reasonCode,
        String correlationId,
        String source,
        Document payload,
        String fy,
        String lineId) {

    static final String COLLECTION = "audit_log";

    static final String ID = "_id";
    static final String TYPE = "type";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String SEQUENCE = "sequence";
    static final String VERSION = "version";
    static final String RECORDED_AT = "recordedAt";
    static final String RECORDED_AT_NANO = "recordedAtNano";
    static final String ACTOR = "actor";
    static final String REASON = "reason";
    static final String REASON_CODE = "reasonCode";
    static final String CORRELATION_ID = "correlationId";
    static final String SOURCE = "source";
    static final String PAYLOAD = "payload";
    static final String FY = "fy";
    static final String LINE_ID = "lineId";

    static final String INDICATOR = "Indicator";
    static final String SAVINGS_PROGRAMME = "SavingsProgramme";

    /**
     * The entry for one recorded event of {@code aggregateId} with its payload as {@link PayloadCodec} stores it:
     * what the projection writes to {@code audit_log}, and what an audit search answered from the event store
     * shows, so the two cannot differ.
     */
    static AuditEntry of(String aggregateId, RecordedEvent recorded, Document payload) {
        OutturnEvent event = recorded.event();
        return new AuditEntry(
                recorded.eventId(),
                event.getClass().getSimpleName(),
                event.getClass().getName(),
                aggregateId,
                event instanceof IndicatorEvent ? INDICATOR : SAVINGS_PROGRAMME,
                recorded.sequence(),
                recorded.recordedAt(),
                recorded.actor(),
                recorded.reason(),
                recorded.reasonCode(),
                recorded.correlationId(),
                recorded.source(),
                payload,
                text(payload.get(FY)),
                text(payload.get(LINE_ID)));
    }

    private static ReasonCode reasonCodeOf(String name) {
        return name == null ? null : ReasonCode.valueOf(name);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Outturn's version of the aggregate after this event: Axon's sequence is 0-based. */
    long version() {
        return sequence + 1;
    }

    Document toDocument() {
        Document document = new Document(ID, eventId)
                .append(TYPE, type)
                .append(PAYLOAD_TYPE, payloadType)
                .append(AGGREGATE_ID, aggregateId)
                .append(AGGREGATE_TYPE, aggregateType)
                .append(SEQUENCE, sequence)
                .append(VERSION, version())
                .append(RECORDED_AT, Date.from(recordedAt))
                .append(RECORDED_AT_NANO, recordedAt.getNano())
                .append(ACTOR, actor)
                .append(REASON, reason)
                .append(CORRELATION_ID, correlationId)
                .append(SOURCE, source)
                .append(PAYLOAD, payload);
        if (reasonCode != null) {
            document.append(REASON_CODE, reasonCode.name());
        }
        if (fy != null) {
            document.append(FY, fy);
        }
        if (lineId != null) {
            document.append(LINE_ID, lineId);
        }
        return document;
    }

    static AuditEntry fromDocument(Document document) {
        Date millis = document.getDate(RECORDED_AT);
        Number nano = document.get(RECORDED_AT_NANO, Number.class);
        Instant recordedAt = nano == null
                ? millis.toInstant()
                : Instant.ofEpochSecond(Math.floorDiv(millis.getTime(), 1000L), nano.longValue());
        return new AuditEntry(
                document.getString(ID),
                document.getString(TYPE),
                document.getString(PAYLOAD_TYPE),
                document.getString(AGGREGATE_ID),
                document.getString(AGGREGATE_TYPE),
                document.get(SEQUENCE, Number.class).longValue(),
                recordedAt,
                document.getString(ACTOR),
                document.getString(REASON),
                reasonCodeOf(document.getString(REASON_CODE)),
                document.getString(CORRELATION_ID),
                document.getString(SOURCE),
                document.get(PAYLOAD, Document.class),
                document.getString(FY),
                document.getString(LINE_ID));
    }
}
