package io.outturn.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Checks every aggregate's chain while the event store is read once, in the order it stored the events (its
 * global order), keeping only each aggregate's newest hash in memory. For each event, in this order:
 * <ol>
 *     <li>its sequence must be the one after the aggregate's previous event: a higher one means a sequence is
 *     {@link Problem#MISSING} (or {@link Problem#OUT_OF_ORDER}, when the missing one turns up later), a lower one
 *     that the events are out of order;</li>
 *     <li>an event stored with its hash must hash to it, over the canonical form with the previous hash it was
 *     stored with ({@link Problem#HASH_MISMATCH}), and that previous hash must be the hash of the aggregate's event
 *     before it, or {@link Ledger#GENESIS} for the first ({@link Problem#PREVIOUS_MISMATCH});</li>
 *     <li>an event stored before the ledger existed has no hash: its hash is computed by the same rule, with the
 *     previous event's hash as its previous, so the chain covers it retroactively; once an aggregate has a hashed
 *     event, every later one must be hashed ({@link Problem#HASH_ABSENT});</li>
 *     <li>where a checkpoint recorded a hash for the event, the event must still have it
 *     ({@link Problem#CHECKPOINT_MISMATCH}); and when the walk ends, every aggregate must reach the newest sequence
 *     any checkpoint recorded for it ({@link Problem#MISSING}: the chain alone cannot show that its newest events
 *     were deleted).</li>
 * </ol>
 * Only each aggregate's first broken link is reported; the events after it are not judged.
 */
public final class ChainWalk {

    private final Map<String, Chain> chains = new HashMap<>();
    private final Map<String, ? extends NavigableMap<Long, Pin>> pins;
    private final Set<String> unhashedAggregates = new HashSet<>();
    private long events;
    private long unhashedEvents;

    public ChainWalk() {
        this(Map.of());
    }

    /** @param pins per aggregate, the hashes checkpoints recorded for its events, by sequence */
    public ChainWalk(Map<String, ? extends NavigableMap<Long, Pin>> pins) {
        this.pins = pins;
    }

    /**
     * Judges the next event in the store's order.
     *
     * @return the event's hash (as verified, or as computed for an event stored before the ledger); null when the
     * aggregate's chain is already broken
     */
    public String accept(StoredEvent event) {
        events++;
        String aggregateId = event.aggregateId();
        Chain chain = chains.computeIfAbsent(aggregateId, id -> new Chain());
        if (!event.hashed()) {
            unhashedEvents++;
            unhashedAggregates.add(aggregateId);
        }
        long sequence = event.sequence();
        if (chain.broken != null) {
            if (chain.tentative && sequence == chain.broken.sequence()) {
                chain.broken = new Break(aggregateId, sequence, Problem.OUT_OF_ORDER,
                        "sequence " + sequence + " is stored after sequence " + chain.last);
                chain.tentative = false;
            }
            chain.last = Math.max(chain.last, sequence);
            return null;
        }
        if (sequence != chain.next) {
            if (sequence > chain.next) {
                chain.broken = new Break(aggregateId, chain.next, Problem.MISSING, "sequence " + chain.next
                        + " is not in the store; the next stored is sequence " + sequence);
                chain.tentative = true;
            } else {
                chain.broken = new Break(aggregateId, sequence, Problem.OUT_OF_ORDER,
                        "sequence " + sequence + " is stored after sequence " + chain.last);
            }
            chain.last = Math.max(chain.last, sequence);
            return null;
        }
        String hash;
        if (event.hashed()) {
            String stored = event.storedHash();
            String previous = event.storedPrevious();
            String computed = CanonicalForm.hash(previous, event);
            if (!computed.equals(stored)) {
                return breaks(chain, event, Problem.HASH_MISMATCH,
                        "its contents hash to " + computed + " but it was stored with " + stored);
            }
            if (!chain.head.equals(previous)) {
                return breaks(chain, event, Problem.PREVIOUS_MISMATCH, "it names " + previous + " as its previous, but "
                        + (sequence == 0 ? "a first event's previous is the genesis " + Ledger.GENESIS
                        : "sequence " + (sequence - 1) + " hashes to " + chain.head));
            }
            hash = computed;
            chain.hashedSeen = true;
        } else {
            if (chain.hashedSeen) {
                return breaks(chain, event, Problem.HASH_ABSENT,
                        "it carries no ledger hash, but the aggregate's earlier events do");
            }
            hash = CanonicalForm.hash(chain.head, event);
        }
        Pin pin = pinFor(aggregateId, sequence);
        if (pin != null && !pin.hash().equals(hash)) {
            return breaks(chain, event, Problem.CHECKPOINT_MISMATCH, "checkpoint " + pin.checkpoint()
                    + " recorded " + pin.hash() + " for it, but it hashes to " + hash);
        }
        chain.head = hash;
        chain.last = sequence;
        chain.next = sequence + 1;
        return hash;
    }

    private String breaks(Chain chain, StoredEvent event, Problem problem, String detail) {
        chain.broken = new Break(event.aggregateId(), event.sequence(), problem, detail);
        chain.last = event.sequence();
        return null;
    }

    private Pin pinFor(String aggregateId, long sequence) {
        NavigableMap<Long, Pin> pinned = pins.get(aggregateId);
        return pinned == null ? null : pinned.get(sequence);
    }

    /**
     * Every aggregate's first broken link so far, by aggregate: what the chains show, and every aggregate that ends
     * before the newest sequence a checkpoint recorded for it.
     */
    public List<Break> breaks() {
        List<Break> breaks = new ArrayList<>();
        for (Map.Entry<String, Chain> entry : chains.entrySet()) {
            if (entry.getValue().broken != null) {
                breaks.add(entry.getValue().broken);
            }
        }
        pins.forEach((aggregateId, pinned) -> {
            if (pinned.isEmpty()) {
                return;
            }
            Map.Entry<Long, Pin> newest = pinned.lastEntry();
            Chain chain = chains.get(aggregateId);
            if (chain == null) {
                breaks.add(new Break(aggregateId, 0, Problem.MISSING, "checkpoint " + newest.getValue().checkpoint()
                        + " covers its sequence " + newest.getKey() + ", but the store holds no event of it"));
            } else if (chain.broken == null && chain.last < newest.getKey()) {
                breaks.add(new Break(aggregateId, chain.last + 1, Problem.MISSING, "checkpoint "
                        + newest.getValue().checkpoint() + " covers its sequence " + newest.getKey() + " (hash "
                        + newest.getValue().hash() + "), but the store ends at sequence " + chain.last));
            }
        });
        breaks.sort(Comparator.comparing(Break::aggregateId, CanonicalJson.CODE_POINT_ORDER));
        return breaks;
    }

    /** Each aggregate's newest event as walked so far; an aggregate whose chain is broken has none. */
    public Map<String, Head> heads() {
        Map<String, Head> heads = new HashMap<>();
        chains.forEach((aggregateId, chain) -> {
            if (chain.broken == null && chain.last >= 0) {
                heads.put(aggregateId, new Head(aggregateId, chain.last, chain.head));
            }
        });
        return heads;
    }

    public long events() {
        return events;
    }

    public int aggregates() {
        return chains.size();
    }

    /** Events stored before the ledger existed: they have no stored hash, the chain covers them retroactively. */
    public long unhashedEvents() {
        return unhashedEvents;
    }

    public int unhashedAggregates() {
        return unhashedAggregates.size();
    }

    private static final class Chain {
        long next;
        long last = -1;
        String head = Ledger.GENESIS;
        boolean hashedSeen;
        Break broken;
        /** The break is a missing sequence that may still turn up, out of order. */
        boolean tentative;
    }
}
