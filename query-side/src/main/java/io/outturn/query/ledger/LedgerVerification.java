package io.outturn.query.ledger;

import io.outturn.ledger.Break;
import io.outturn.ledger.CanonicalJson;
import io.outturn.ledger.ChainWalk;
import io.outturn.ledger.CheckpointFold;
import io.outturn.ledger.CheckpointView;
import io.outturn.ledger.axon.LedgerStore;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-verifies the whole event store: first every checkpoint (numbering, previous, signature, root), then every
 * event in the store's order ({@link ChainWalk}), each aggregate against its chain and against every hash a
 * checkpoint recorded for it, so that an aggregate whose newest events were deleted is found too. Reads the
 * store through Axon's API only, so the same on the H2 store and on Axon Server; holds one hash per aggregate in
 * memory, never the events.
 */
@Component
class LedgerVerification {

    private final LedgerStore store;

    LedgerVerification(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.store = new LedgerStore(eventStore, eventSerializer);
    }

    LedgerReport verify() {
        CheckpointFold checkpoints = new CheckpointFold();
        store.foldCheckpoints(0, checkpoints);
        ChainWalk walk = new ChainWalk(checkpoints.pins());
        TrackingToken walked = store.readToHead(null, walk::accept);
        List<Break> breaks = new ArrayList<>(walk.breaks());
        if (checkpoints.broken() != null) {
            breaks.add(checkpoints.broken());
        }
        List<BrokenLink> broken = firstPerAggregate(breaks).stream().map(BrokenLink::of).toList();
        return new LedgerReport(broken.isEmpty(), LedgerStore.position(walked), walk.events(), walk.aggregates(),
                new LedgerReport.BeforeTheLedger(walk.unhashedEvents(), walk.unhashedAggregates()),
                checkpoints.latest() == null ? null : CheckpointView.of(checkpoints.latest()), broken);
    }

    /** The checkpoint stream can break twice, as a chain and as checkpoints: the first link is the one named. */
    private static List<Break> firstPerAggregate(List<Break> breaks) {
        Map<String, Break> first = new LinkedHashMap<>();
        for (Break candidate : breaks) {
            first.merge(candidate.aggregateId(), candidate,
                    (known, other) -> other.sequence() < known.sequence() ? other : known);
        }
        List<Break> sorted = new ArrayList<>(first.values());
        sorted.sort(Comparator.comparing(Break::aggregateId, CanonicalJson.CODE_POINT_ORDER));
        return sorted;
    }
}
