package io.outturn.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.query.export.ExportColumns;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;

/**
 * The audit search as a file: one row per event, the columns of {@link AuditItem} in its order, the payload as the
 * JSON the API shows.
 */
@Component
class AuditExport {

    static final String FILE_NAME = "outturn-audit";

    private final ExportColumns<AuditItem> columns;

    AuditExport(ObjectMapper objectMapper) {
        this.columns = ExportColumns.<AuditItem>builder()
                .text("eventId", AuditItem::eventId)
                .text("type", AuditItem::type)
                .text("aggregateType", AuditItem::aggregateType)
                .text("aggregateId", AuditItem::aggregateId)
                .number("sequence", AuditItem::sequence)
                .number("version", AuditItem::version)
                .time("recordedAt", AuditItem::recordedAt)
                .text("actor", AuditItem::actor)
                .text("reason", AuditItem::reason)
                .text("reasonCode", AuditItem::reasonCode)
                .text("correlationId", AuditItem::correlationId)
                .text("source", AuditItem::source)
                .text("payload", item -> json(objectMapper, item.payload()))
                .build();
    }

    ExportColumns<AuditItem> columns() {
        return columns;
    }

    private static String json(ObjectMapper objectMapper, JsonNode payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write a payload as JSON", e);
        }
    }
}
