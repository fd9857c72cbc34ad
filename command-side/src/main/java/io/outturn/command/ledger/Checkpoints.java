package io.outturn.command.ledger;

import io.outturn.events.EventMetadata;
import io.outturn.ledger.Break;
import io.outturn.ledger.CheckpointFold;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.Head;
import io.outturn.ledger.Ledger;
import io.outturn.ledger.Problem;
import io.outturn.web.http.CorrelationIdFilter;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.MDC;

import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes checkpoints of the ledger: walks what was stored since the last one, refuses to sign a ledger with a broken
 * link (or one that has lost what an earlier checkpoint covered), and appends a {@link CheckpointSignedEvent}
 * to the checkpoint stream with the heads that changed. One at a time per command side; two command sides racing
 * for the same number are decided by the event store's append, as for any aggregate.
 */
public final class Checkpoints {

    /** The actor of checkpoints taken by the schedule, as of every command sent with no authenticated user. */
    static final String SYSTEM_ACTOR = "system";
    /** The {@code source} of checkpoints taken by the schedule rather than asked for. */
    static final String SCHEDULE = "schedule";

    private final StoreWalk store;
    private final CheckpointKey key;
    private final EventStore eventStore;
    private final Clock clock;

    Checkpoints(StoreWalk store, CheckpointKey key, EventStore eventStore, Clock clock) {
        this.store = store;
        this.key = key;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** A checkpoint, and whether it was taken now or is the latest one, taken before and still current. */
    public record Outcome(CheckpointSignedEvent checkpoint, boolean taken) {
    }

    /**
     * Takes a checkpoint, unless nothing changed since the latest one, which is then the answer.
     *
     * @throws OutturnException {@link ErrorCode#CHECKPOINTS_NOT_CONFIGURED} without a key,
     *                          {@link ErrorCode#LEDGER_BROKEN} when the ledger has a broken link
     */
    public synchronized Outcome take(String actor, String source) {
        KeyPair signing = key.keyPair().orElseThrow(() -> new OutturnException(ErrorCode.CHECKPOINTS_NOT_CONFIGURED,
                "Checkpoints need an Ed25519 key: set outturn.ledger.signing-key"));
        try {
            return takeWith(signing, actor, source);
        } catch (ConcurrencyException | AggregateStreamCreationException takenMeanwhile) {
            // Another command side appended a checkpoint of that number first: catch up with it and decide again.
            return takeWith(signing, actor, source);
        }
    }

    private Outcome takeWith(KeyPair signing, String actor, String source) {
        store.catchUp();
        CheckpointFold fold = store.checkpoints();
        Map<String, Head> current = store.heads();
        List<Break> breaks = new ArrayList<>(store.breaks());
        breaks.addAll(lostSinceLatest(fold, current));
        if (!breaks.isEmpty()) {
            throw new OutturnException(ErrorCode.LEDGER_BROKEN, breaks.size() + " broken link(s); the first: "
                    + breaks.get(0) + ". See GET /api/ledger/verify");
        }
        List<Head> changed = fold.changedSince(current);
        if (changed.isEmpty() && fold.latest() != null) {
            return new Outcome(fold.latest(), false);
        }
        long number = fold.latest() == null ? 1 : fold.latest().number() + 1;
        CheckpointSignedEvent checkpoint = CheckpointSignedEvent.sign(number, clock.instant(), store.position(),
                current.values(), fold.latestStatementHash(), changed, signing);
        GenericDomainEventMessage<CheckpointSignedEvent> message = new GenericDomainEventMessage<>(
                Ledger.CHECKPOINTS_TYPE, Ledger.CHECKPOINTS, number - 1, checkpoint);
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        eventStore.publish(message.andMetaData(MetaData.with(EventMetadata.ACTOR, actor)
                .and(EventMetadata.SOURCE, source)
                .and(EventMetadata.CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier())));
        return new Outcome(checkpoint, true);
    }

    /** Forgets what was walked, as if the command side had just started: for a store emptied under it (tests). */
    synchronized void forgetWalk() {
        store.restart();
    }

    /** Whether there is anything a new checkpoint would cover that the latest does not. */
    synchronized boolean changedSinceLatest() {
        store.catchUp();
        return !store.checkpoints().changedSince(store.heads()).isEmpty();
    }

    /**
     * Every aggregate whose head has gone back since the latest checkpoint: fewer events than it covered, or another
     * event at the sequence it covered. A chain cannot show that its newest events were deleted; this can.
     */
    private static List<Break> lostSinceLatest(CheckpointFold fold, Map<String, Head> current) {
        List<Break> lost = new ArrayList<>();
        if (fold.latest() == null) {
            return lost;
        }
        long latest = fold.latest().number();
        fold.heads().forEach((aggregateId, covered) -> {
            Head now = current.get(aggregateId);
            if (now == null || now.sequence() < covered.sequence()) {
                lost.add(new Break(aggregateId, now == null ? 0 : now.sequence() + 1, Problem.MISSING, "checkpoint "
                        + latest + " covers its sequence " + covered.sequence() + ", but the store ends "
                        + (now == null ? "before its first event" : "at sequence " + now.sequence())));
            } else if (now.sequence() == covered.sequence() && !now.hash().equals(covered.hash())) {
                lost.add(new Break(aggregateId, now.sequence(), Problem.CHECKPOINT_MISMATCH, "checkpoint " + latest
                        + " recorded " + covered.hash() + " for it, but it hashes to " + now.hash()));
            }
        });
        return lost;
    }
}
