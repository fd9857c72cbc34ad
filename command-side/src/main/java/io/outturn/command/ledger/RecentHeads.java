package io.outturn.command.ledger;

import io.outturn.ledger.Head;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The newest hash of recently written aggregates, at most {@code maxEntries}, least recently used evicted first.
 * Only committed appends are recorded, and an entry is used only for the sequence right after it, so a stale one
 * (another command side wrote since) is never used: it just costs a read.
 */
final class RecentHeads {

    private final int maxEntries;
    private final Map<String, Head> heads;

    RecentHeads(int maxEntries) {
        this.maxEntries = maxEntries;
        this.heads = new LinkedHashMap<>(Math.min(Math.max(maxEntries, 1), 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > RecentHeads.this.maxEntries;
            }
        };
    }

    /** The hash of {@code aggregateId}'s event {@code sequence}, when that is the newest recorded; else null. */
    synchronized String hashOf(String aggregateId, long sequence) {
        Head head = heads.get(aggregateId);
        return head != null && head.sequence() == sequence ? head.hash() : null;
    }

    /**
     * Records an appended head. Appends to one aggregate commit one after the other (the aggregate is locked until
     * its unit of work is done), so the newest recorded is the newest stored.
     */
    synchronized void record(Head head) {
        if (maxEntries > 0) {
            heads.put(head.aggregateId(), head);
        }
    }

    synchronized void clear() {
        heads.clear();
    }
}
