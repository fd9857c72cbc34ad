package io.outturn.query.audit;

import io.outturn.events.EventMetadata;
import io.outturn.query.eventstore.AggregateEvents;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.query.export.RowSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Answers {@code /api/audit}. A search for one aggregate is answered from the event store, keyed by the
 * aggregate like {@link EventStoreReader}; every other search (by actor, type or time across all aggregates) from
 * the {@code audit_log} read model. Both answer the same items: an item from the store is built by the same
 * {@link AuditEntry#of} the projection writes and rendered by the same {@link PayloadCodec}, and filters, order
 * and paging are those of {@link AuditLog#search}.
 */
@Component
class AuditTrail {

    /** {@link AuditLog#search}'s order within one aggregate: newest first, to the nanosecond, then by sequence. */
    private static final Comparator<RecordedEvent> NEWEST_FIRST = Comparator
            .comparing(RecordedEvent::recordedAt)
            .thenComparingLong(RecordedEvent::sequence)
            .reversed();

    private final AuditLog auditLog;
    private final AggregateEvents aggregateEvents;
    private final EventStoreReader storedEvents;
    private final PayloadCodec codec;

    AuditTrail(AuditLog auditLog, AggregateEvents aggregateEvents, EventStoreReader storedEvents, PayloadCodec codec) {
        this.auditLog = auditLog;
        this.aggregateEvents = aggregateEvents;
        this.storedEvents = storedEvents;
        this.codec = codec;
    }

    AuditPage search(AuditSearch search) {
        return given(search.aggregateId()) ? fromEventStore(search) : fromAuditLog(search);
    }

    AuditPage fromAuditLog(AuditSearch search) {
        AuditSearchResult result = auditLog.search(search);
        return new AuditPage(result.entries().stream().map(this::item).toList(),
                search.page(), search.size(), result.total());
    }

    AuditPage fromEventStore(AuditSearch search) {
        if (search.scope().restricted() && !storedEvents.organisationOf(search.aggregateId())
                .filter(search.scope()::includes).isPresent()) {
            return new AuditPage(List.of(), search.page(), search.size(), 0);
        }
        List<RecordedEvent> matching = aggregateEvents.read(search.aggregateId(), message -> matches(message, search))
                .stream()
                .filter(recorded -> search.reasonCode() == null || search.reasonCode() == recorded.reasonCode())
                .toList();
        List<AuditItem> items = matching.stream()
                .sorted(NEWEST_FIRST)
                .skip((long) search.page() * search.size())
                .limit(search.size())
                .map(recorded -> itemOf(search.aggregateId(), recorded))
                .toList();
        return new AuditPage(items, search.page(), search.size(), matching.size());
    }

    /**
     * Every item the search matches, pages aside, in the order of its pages, for an export: read while the export is
     * written, from the same place a page would be. Across aggregates that is the audit log, through a cursor; for one
     * aggregate its events in the store, which are read whole, as a page of them is.
     */
    RowSource<AuditItem> everyItem(AuditSearch search) {
        if (given(search.aggregateId())) {
            return sink -> aggregateEvents.read(search.aggregateId(), message -> matches(message, search)).stream()
                    .sorted(NEWEST_FIRST)
                    .map(recorded -> itemOf(search.aggregateId(), recorded))
                    .forEachOrdered(sink);
        }
        return RowSource.streamed(() -> auditLog.streamAll(search).map(this::item));
    }

    private AuditItem itemOf(String aggregateId, RecordedEvent recorded) {
        return item(AuditEntry.of(aggregateId, recorded, codec.toDocument(recorded.event())));
    }

    private AuditItem item(AuditEntry entry) {
        return AuditItem.of(entry, codec.toJson(entry.payload()));
    }

    /**
     * The literal filters of {@link AuditLog#search} that the stored message answers without its payload being read:
     * an absent or empty value does not filter. The reason code is in the payload, so it is matched once read.
     */
    private static boolean matches(DomainEventMessage<?> message, AuditSearch search) {
        Instant recordedAt = message.getTimestamp();
        return (!given(search.type()) || search.type().equals(message.getPayloadType().getSimpleName()))
                && (!given(search.actor())
                    || search.actor().equals(RecordedEvent.metaDataText(message.getMetaData(), EventMetadata.ACTOR)))
                && (search.from() == null || !recordedAt.isBefore(search.from()))
                && (search.to() == null || !recordedAt.isAfter(search.to()));
    }

    private static boolean given(String filter) {
        return filter != null && !filter.isEmpty();
    }
}
