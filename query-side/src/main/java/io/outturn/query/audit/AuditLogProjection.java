package io.outturn.query.audit;

import io.outturn.events.OutturnEvent;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionBatch;
import io.outturn.query.eventstore.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects every event into {@code audit_log}, one document per event, keyed by the event's identifier: an
 * entry never changes, so the log is append-only, and a redelivered event finds its entry already there and
 * leaves it as it is: idempotent by construction. The entries of one processing batch are collected in the
 * batch's {@link ProjectionBatch} and written with one unordered insert.
 */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
class AuditLogProjection {

    static final String PROCESSING_GROUP = ProcessingGroups.AUDIT_LOG;

    private final MongoTemplate mongo;
    private final AuditLog auditLog;
    private final PayloadCodec codec;

    AuditLogProjection(MongoTemplate mongo, AuditLog auditLog, PayloadCodec codec) {
        this.mongo = mongo;
        this.auditLog = auditLog;
        this.codec = codec;
    }

    @EventHandler
    void on(OutturnEvent event, DomainEventMessage<?> message) {
        AuditEntry entry = entryFor(event, message);
        // Written with the rest of the batch in one bulk write, before the processor stores its token.
        ProjectionBatch.current()
                .appendOnly(mongo, AuditEntry.COLLECTION)
                .put(entry.eventId(), entry.toDocument());
    }

    @ResetHandler
    void reset() {
        auditLog.clear();
    }

    AuditEntry entryFor(OutturnEvent event, DomainEventMessage<?> message) {
        String aggregateId = message.getAggregateIdentifier() != null
                ? message.getAggregateIdentifier()
                : event.aggregateId();
        return AuditEntry.of(aggregateId, RecordedEvent.of(event, message), codec.toDocument(event));
    }
}
