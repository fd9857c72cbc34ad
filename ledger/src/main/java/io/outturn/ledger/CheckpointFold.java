package io.outturn.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The checkpoint stream read in order: each checkpoint checked, the heads each one covers built up from the
 * changes it carries, and every hash any checkpoint recorded kept as a {@link Pin} for the {@link ChainWalk}.
 * A checkpoint is valid when it is numbered one after the previous, names the previous checkpoint's statement
 * hash (64 zeros for the first), is signed by the key it carries, and its root and count are those of the heads
 * it covers. Folding stops at the first invalid checkpoint: the ones after it build on it.
 */
public final class CheckpointFold {

    private final Map<String, Head> heads = new HashMap<>();
    private final Map<String, NavigableMap<Long, Pin>> pins = new HashMap<>();
    private CheckpointSignedEvent latest;
    private String latestStatementHash = Ledger.GENESIS;
    private Break broken;

    /**
     * Records that the checkpoint stream's event {@code sequence} could not be read as a checkpoint at all (its
     * payload was altered beyond reading): the fold stops there, as at an invalid checkpoint.
     */
    public void unreadable(long sequence, String why) {
        if (broken == null) {
            broken = new Break(Ledger.CHECKPOINTS, sequence, Problem.CHECKPOINT_INVALID,
                    "it cannot be read as a checkpoint: " + why);
        }
    }

    /** Folds the next checkpoint of the stream; returns false (and remembers why) when it is not valid. */
    public boolean accept(CheckpointSignedEvent checkpoint) {
        if (broken != null) {
            return false;
        }
        long expected = latest == null ? 1 : latest.number() + 1;
        String invalid = null;
        Map<String, Head> covered = new HashMap<>(heads);
        checkpoint.changed().forEach(head -> covered.put(head.aggregateId(), head));
        if (checkpoint.number() != expected) {
            invalid = "it is numbered " + checkpoint.number() + " where " + expected + " was due";
        } else if (!latestStatementHash.equals(checkpoint.previous())) {
            invalid = "it names " + checkpoint.previous() + " as the previous checkpoint, whose statement hashes to "
                    + latestStatementHash;
        } else if (!checkpoint.signatureValid()) {
            invalid = "its signature does not verify with the key it carries";
        } else if (checkpoint.aggregates() != covered.size()) {
            invalid = "it counts " + checkpoint.aggregates() + " aggregates, but covers " + covered.size();
        } else if (!MerkleTree.root(covered.values()).equals(checkpoint.root())) {
            invalid = "its root " + checkpoint.root() + " is not the root of the heads it covers, "
                    + MerkleTree.root(covered.values());
        }
        if (invalid != null) {
            broken = new Break(Ledger.CHECKPOINTS, expected - 1, Problem.CHECKPOINT_INVALID,
                    "checkpoint " + checkpoint.number() + ": " + invalid);
            return false;
        }
        heads.clear();
        heads.putAll(covered);
        checkpoint.changed().forEach(head -> pins.computeIfAbsent(head.aggregateId(), id -> new TreeMap<>())
                .put(head.sequence(), new Pin(checkpoint.number(), head.hash())));
        latest = checkpoint;
        latestStatementHash = checkpoint.statement().hash();
        return true;
    }

    /**
     * The heads of {@code current} that the newest checkpoint does not already cover as they are: what the next
     * checkpoint carries. Empty when nothing changed since.
     */
    public List<Head> changedSince(Map<String, Head> current) {
        List<Head> changed = new ArrayList<>();
        current.forEach((aggregateId, head) -> {
            if (!head.equals(heads.get(aggregateId))) {
                changed.add(head);
            }
        });
        return changed;
    }

    /** The newest valid checkpoint; null before the first. */
    public CheckpointSignedEvent latest() {
        return latest;
    }

    /** The hash of the newest valid checkpoint's statement: the next checkpoint's previous. */
    public String latestStatementHash() {
        return latestStatementHash;
    }

    /** The heads the newest valid checkpoint covers, by aggregate. */
    public Map<String, Head> heads() {
        return Collections.unmodifiableMap(heads);
    }

    public Collection<Head> headList() {
        return Collections.unmodifiableCollection(heads.values());
    }

    /** Every hash the valid checkpoints recorded, per aggregate by sequence. */
    public Map<String, NavigableMap<Long, Pin>> pins() {
        return Collections.unmodifiableMap(pins);
    }

    /** Why the first invalid checkpoint is invalid; null when every checkpoint folded so far is valid. */
    public Break broken() {
        return broken;
    }
}
