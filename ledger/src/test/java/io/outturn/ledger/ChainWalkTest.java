package io.outturn.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkTest {

    @Test
    void anIntactChainHasNoBreakAndItsHeadIsItsNewestEvent() {
        List<StoredEvent> events = Events.ni130(4);

        ChainWalk walk = walk(events);

        assertThat(walk.breaks()).isEmpty();
        assertThat(walk.heads()).containsEntry("NI130", new Head("NI130", 3, events.get(3).storedHash()));
        assertThat(walk.unhashedEvents()).isZero();
    }

    @Test
    void aChangedPayloadIsAHashMismatchAtItsSequence() {
        List<StoredEvent> events = new ArrayList<>(Events.ni130(4));
        events.set(1, Events.withPayload(events.get(1), Events.payload(1).replace("12001", "12002")));

        assertThat(walk(events).breaks()).singleElement().satisfies(broken -> {
            assertThat(broken.aggregateId()).isEqualTo("NI130");
            assertThat(broken.sequence()).isEqualTo(1);
            assertThat(broken.problem()).isEqualTo(Problem.HASH_MISMATCH);
        });
    }

    @Test
    void anEventDeletedFromTheMiddleIsMissing() {
        List<StoredEvent> events = new ArrayList<>(Events.ni130(4));
        events.remove(2);

        assertThat(walk(events).breaks()).singleElement()
                .isEqualTo(new Break("NI130", 2, Problem.MISSING,
                        "sequence 2 is not in the store; the next stored is sequence 3"));
    }

    @Test
    void twoEventsStoredInEachOthersPlaceAreOutOfOrder() {
        List<StoredEvent> events = Events.ni130(4);
        // The rows keep their places in the store; their sequence numbers are swapped.
        List<StoredEvent> swapped = List.of(events.get(0), Events.withSequence(events.get(1), 2),
                Events.withSequence(events.get(2), 1), events.get(3));

        assertThat(walk(swapped).breaks()).singleElement()
                .isEqualTo(new Break("NI130", 1, Problem.OUT_OF_ORDER, "sequence 1 is stored after sequence 2"));
    }

    @Test
    void anEventReplacedByAnotherThatHashesToItselfStillNamesTheWrongPrevious() {
        List<StoredEvent> events = new ArrayList<>(Events.ni130(3));
        StoredEvent forged = Events.hashed(Events.unhashed("NI130", 1, Events.payload(7)), "a".repeat(64));
        events.set(1, forged);

        assertThat(walk(events).breaks()).singleElement().satisfies(broken -> {
            assertThat(broken.sequence()).isEqualTo(1);
            assertThat(broken.problem()).isEqualTo(Problem.PREVIOUS_MISMATCH);
            assertThat(broken.detail()).contains("sequence 0 hashes to " + events.get(0).storedHash());
        });
    }

    @Test
    void eventsStoredBeforeTheLedgerAreChainedRetroactivelyFromTheGenesis() {
        StoredEvent legacy0 = Events.unhashed("NI130", 0, Events.payload(0));
        StoredEvent legacy1 = Events.unhashed("NI130", 1, Events.payload(1));
        String legacyHead = CanonicalForm.hash(CanonicalForm.hash(Ledger.GENESIS, legacy0), legacy1);
        StoredEvent first = Events.hashed(Events.unhashed("NI130", 2, Events.payload(2)), legacyHead);

        ChainWalk walk = walk(List.of(legacy0, legacy1, first));

        assertThat(walk.breaks()).isEmpty();
        assertThat(walk.unhashedEvents()).isEqualTo(2);
        assertThat(walk.unhashedAggregates()).isEqualTo(1);
        assertThat(walk.heads().get("NI130").hash()).isEqualTo(first.storedHash());
    }

    @Test
    void aChangedEventFromBeforeTheLedgerShowsAtTheFirstHashedEventAfterIt() {
        StoredEvent legacy0 = Events.unhashed("NI130", 0, Events.payload(0));
        StoredEvent first = Events.hashed(Events.unhashed("NI130", 1, Events.payload(1)),
                CanonicalForm.hash(Ledger.GENESIS, legacy0));
        StoredEvent changed = Events.withPayload(legacy0, Events.payload(5));

        assertThat(walk(List.of(changed, first)).breaks()).singleElement()
                .satisfies(broken -> assertThat(broken.problem()).isEqualTo(Problem.PREVIOUS_MISMATCH));
    }

    @Test
    void anUnhashedEventAfterHashedOnesIsABreak() {
        List<StoredEvent> events = new ArrayList<>(Events.ni130(2));
        events.add(Events.unhashed("NI130", 2, Events.payload(2)));

        assertThat(walk(events).breaks()).singleElement()
                .satisfies(broken -> assertThat(broken.problem()).isEqualTo(Problem.HASH_ABSENT));
    }

    @Test
    void theNewestEventDeletedIsMissingAgainstTheCheckpointThatCoveredIt() {
        List<StoredEvent> events = Events.ni130(4);
        Map<String, TreeMap<Long, Pin>> pins = Map.of("NI130", new TreeMap<>(Map.of(3L, new Pin(2, events.get(3).storedHash()))));

        ChainWalk walk = new ChainWalk(pins);
        events.subList(0, 3).forEach(walk::accept);

        assertThat(walk.breaks()).singleElement().satisfies(broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.problem()).isEqualTo(Problem.MISSING);
            assertThat(broken.detail()).startsWith("checkpoint 2 covers its sequence 3").endsWith("the store ends at sequence 2");
        });
    }

    @Test
    void anEventWhoseHashAndChainWereRewrittenStillDiffersFromTheCheckpoint() {
        List<StoredEvent> original = Events.ni130(3);
        List<StoredEvent> rewritten = new ArrayList<>(original.subList(0, 2));
        rewritten.add(Events.hashed(Events.unhashed("NI130", 2, Events.payload(9)), original.get(1).storedHash()));
        Map<String, TreeMap<Long, Pin>> pins = Map.of("NI130", new TreeMap<>(Map.of(2L, new Pin(1, original.get(2).storedHash()))));

        ChainWalk walk = new ChainWalk(pins);
        rewritten.forEach(walk::accept);

        assertThat(walk.breaks()).singleElement()
                .satisfies(broken -> assertThat(broken.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH));
    }

    @Test
    void eachAggregateIsJudgedOnItsOwn() {
        List<StoredEvent> ni130 = new ArrayList<>(Events.ni130(3));
        ni130.set(2, Events.withPayload(ni130.get(2), "{}"));
        List<StoredEvent> ni131 = Events.chain("NI131", 3);
        ChainWalk walk = new ChainWalk();
        for (int i = 0; i < 3; i++) {
            walk.accept(ni131.get(i));
            walk.accept(ni130.get(i));
        }

        assertThat(walk.breaks()).extracting(Break::aggregateId).containsExactly("NI130");
        assertThat(walk.heads()).containsOnlyKeys("NI131");
        assertThat(walk.aggregates()).isEqualTo(2);
        assertThat(walk.events()).isEqualTo(6);
    }

    private static ChainWalk walk(List<StoredEvent> events) {
        ChainWalk walk = new ChainWalk();
        events.forEach(walk::accept);
        return walk;
    }
}
