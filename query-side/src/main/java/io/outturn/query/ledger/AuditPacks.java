package io.outturn.query.ledger;

import io.outturn.ledger.AuditPack;
import io.outturn.ledger.Head;
import io.outturn.ledger.StoredEvent;
import io.outturn.ledger.axon.LedgerStore;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Packs one aggregate's events for an auditor, with the latest checkpoint, which must cover them: a pack is only
 * worth something when its events lead to a signed root. Events newer than the latest checkpoint are refused with
 * {@link ErrorCode#CHECKPOINT_REQUIRED}: take one first ({@code POST /api/ledger/checkpoints}).
 */
@Component
class AuditPacks {

    private final LedgerStore store;
    private final PublishedCheckpoints checkpoints;

    AuditPacks(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer,
               PublishedCheckpoints checkpoints) {
        this.store = new LedgerStore(eventStore, eventSerializer);
        this.checkpoints = checkpoints;
    }

    AuditPack pack(String aggregateId, Instant from, Instant to) {
        List<StoredEvent> events = store.aggregate(aggregateId);
        if (events.isEmpty()) {
            throw new OutturnException(ErrorCode.NOT_FOUND, "aggregateId", "The event store holds no event of " + aggregateId);
        }
        PublishedCheckpoints.Latest latest = checkpoints.latest();
        if (latest.checkpoint() == null) {
            throw new OutturnException(ErrorCode.CHECKPOINT_REQUIRED, "No checkpoint of the ledger has been taken yet: "
                    + "take one with POST /api/ledger/checkpoints, then ask for the pack again");
        }
        Head head = latest.heads().get(aggregateId);
        long newest = events.stream()
                .filter(event -> (from == null || !event.timestamp().isBefore(from))
                        && (to == null || !event.timestamp().isAfter(to)))
                .mapToLong(StoredEvent::sequence).max().orElse(-1);
        if (head == null || newest > head.sequence()) {
            throw new OutturnException(ErrorCode.CHECKPOINT_REQUIRED, aggregateId + " has events newer than checkpoint "
                    + latest.checkpoint().number() + " covers" + (head == null ? "" : " (up to sequence " + head.sequence() + ")")
                    + ": take one with POST /api/ledger/checkpoints, then ask for the pack again");
        }
        return AuditPack.of(aggregateId, from, to, events, latest.checkpoint(), latest.heads().values());
    }
}
