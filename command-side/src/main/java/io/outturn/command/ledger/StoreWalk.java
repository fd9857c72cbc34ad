package io.outturn.command.ledger;

import io.outturn.ledger.Break;
import io.outturn.ledger.ChainWalk;
import io.outturn.ledger.CheckpointFold;
import io.outturn.ledger.Head;
import io.outturn.ledger.Ledger;
import io.outturn.ledger.axon.LedgerStore;
import org.axonframework.eventhandling.TrackingToken;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole event store walked once and then followed: every aggregate's chain checked and its head known, and
 * the checkpoint stream folded, so that a checkpoint reads only what was stored since the one before. It judges
 * what it reads: an event deleted behind it is found by a fresh walk (at the next start, or by the query side's
 * verification). Not thread-safe: {@link Checkpoints} takes one checkpoint at a time.
 */
final class StoreWalk {

    private final LedgerStore store;
    private ChainWalk chains;
    private CheckpointFold checkpoints;
    private TrackingToken token;
    private long nextCheckpoint;

    StoreWalk(LedgerStore store) {
        this.store = store;
        restart();
    }

    /** Forgets everything walked: the next catch-up reads the store from its first event. */
    void restart() {
        chains = new ChainWalk();
        checkpoints = new CheckpointFold();
        token = null;
        nextCheckpoint = 0;
    }

    /** Reads what was stored since the last catch-up, up to the store's head as it is now. */
    void catchUp() {
        if (store.headPosition() < position()) {
            // The store holds less than was walked (emptied, or its newest events deleted): walk it again.
            restart();
        }
        token = store.readToHead(token, chains::accept);
        nextCheckpoint = store.foldCheckpoints(nextCheckpoint, checkpoints);
    }

    /** Every broken link walked so far, the checkpoint stream's included. */
    List<Break> breaks() {
        List<Break> breaks = new ArrayList<>(chains.breaks());
        if (checkpoints.broken() != null) {
            breaks.add(checkpoints.broken());
        }
        return breaks;
    }

    /** The head of every aggregate but the checkpoint stream: the leaves of the next checkpoint. */
    Map<String, Head> heads() {
        Map<String, Head> heads = new HashMap<>(chains.heads());
        heads.remove(Ledger.CHECKPOINTS);
        return heads;
    }

    CheckpointFold checkpoints() {
        return checkpoints;
    }

    /** The store's global position walked up to; -1 before the first event. */
    long position() {
        return LedgerStore.position(token);
    }
}
