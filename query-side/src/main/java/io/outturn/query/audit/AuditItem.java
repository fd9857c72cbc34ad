package io.outturn.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.outturn.values.ReasonCode;

import java.time.Instant;

/**
 * One recorded event as {@code /api/audit} shows it; {@code reasonCode} is that of its justification (null for an
 * event without one) and {@code payload} is the event's own JSON.
 */
record AuditItem(
        String eventId,
        String type,
        String aggregateId,
        String aggregateType,
        long sequence,
        long version,
        Instant recordedAt,
        String actor,
        String reason,
        ReasonCode reasonCode,
        String correlationId,
        String source,
        JsonNode payload) {

    static AuditItem of(AuditEntry entry, JsonNode payload) {
        return new AuditItem(entry.eventId(), entry.type(), entry.aggregateId(), entry.aggregateType(),
                entry.sequence(), entry.version(), entry.recordedAt(), entry.actor(), entry.reason(),
                entry.reasonCode(), entry.correlationId(), entry.source(), payload);
    }
}
