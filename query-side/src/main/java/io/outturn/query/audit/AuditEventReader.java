package io.outturn.query.audit;

import io.outturn.events.OutturnEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Reads events back out of the audit log, for histories and for rebuilding state as of a moment of
 * transaction time. Payloads are turned back into event records only when the stored type is one of the
 * records of {@code io.outturn.events}; anything else is refused, never loaded.
 */
@Component
public class AuditEventReader {

    private static final List<String> TARGET_EVENT_TYPES =
            List.of(TargetSetEvent.class.getSimpleName(), TargetWithdrawnEvent.class.getSimpleName());

    private final AuditLog auditLog;
    private final PayloadCodec codec;

    AuditEventReader(AuditLog auditLog, PayloadCodec codec) {
        this.auditLog = auditLog;
        this.codec = codec;
    }

    /**
     * The aggregate's events recorded at or before {@code upToInclusive} (every event when it is null),
     * ordered by sequence.
     */
    public List<RecordedEvent> eventsOf(String aggregateId, Instant upToInclusive) {
        return decodeAll(auditLog.entriesOf(aggregateId, upToInclusive));
    }

    /** Every target set or withdrawn for one indicator and year, ordered by sequence. */
    public List<RecordedEvent> targetEventsOf(IndicatorId indicatorId, FinancialYear fy) {
        return decodeAll(auditLog.entriesOf(indicatorId.value(), AuditEntry.INDICATOR, TARGET_EVENT_TYPES,
                fy.toString()));
    }

    /** Every event about one savings line (added, revised, withdrawn, delivery), ordered by sequence. */
    public List<RecordedEvent> lineEventsOf(ProgrammeId programmeId, LineId lineId) {
        return decodeAll(auditLog.lineEntriesOf(programmeId.value(), lineId.value()));
    }

    /** Whether any event of the indicator has been recorded. */
    public boolean indicatorExists(IndicatorId indicatorId) {
        return auditLog.hasEntries(indicatorId.value(), AuditEntry.INDICATOR);
    }

    /** Whether any event of the savings programme has been recorded. */
    public boolean programmeExists(ProgrammeId programmeId) {
        return auditLog.hasEntries(programmeId.value(), AuditEntry.SAVINGS_PROGRAMME);
    }

    private List<RecordedEvent> decodeAll(List<AuditEntry> entries) {
        return entries.stream().map(this::decode).toList();
    }

    RecordedEvent decode(AuditEntry entry) {
        Class<? extends OutturnEvent> type = EventTypes.byName(entry.payloadType())
                .orElseThrow(() -> new UnknownEventTypeException(entry.eventId(), entry.payloadType()));
        OutturnEvent event = codec.toEvent(entry.payload(), type);
        return new RecordedEvent(event, entry.sequence(), entry.recordedAt(), entry.actor(), entry.reason(),
                entry.correlationId(), entry.source(), entry.eventId());
    }
}
