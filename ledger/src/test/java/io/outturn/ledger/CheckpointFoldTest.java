package io.outturn.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointFoldTest {

    @Test
    void eachCheckpointCarriesOnlyWhatChangedAndCoversEveryHead() {
        List<StoredEvent> ni130 = Events.ni130(3);
        List<StoredEvent> ni131 = Events.chain("NI131", 2);
        CheckpointFold fold = new CheckpointFold();
        List<StoredEvent> first = new ArrayList<>(ni130.subList(0, 2));
        first.addAll(ni131);
        CheckpointSignedEvent one = Checkpoints.next(fold, Checkpoints.headsOf(first));
        assertThat(fold.accept(one)).isTrue();

        List<StoredEvent> all = new ArrayList<>(ni130);
        all.addAll(ni131);
        CheckpointSignedEvent two = Checkpoints.next(fold, Checkpoints.headsOf(all));

        assertThat(one.changed()).extracting(Head::aggregateId).containsExactly("NI130", "NI131");
        assertThat(two.changed()).containsExactly(new Head("NI130", 2, ni130.get(2).storedHash()));
        assertThat(fold.accept(two)).isTrue();
        assertThat(two.aggregates()).isEqualTo(2);
        assertThat(two.previous()).isEqualTo(one.statement().hash());
        assertThat(fold.heads()).containsEntry("NI131", new Head("NI131", 1, ni131.get(1).storedHash()));
        assertThat(fold.pins().get("NI130")).containsOnlyKeys(1L, 2L);
        assertThat(fold.broken()).isNull();
    }

    @Test
    void nothingChangedMeansNothingToCarry() {
        CheckpointFold fold = new CheckpointFold();
        Map<String, Head> heads = Checkpoints.headsOf(Events.ni130(2));
        fold.accept(Checkpoints.next(fold, heads));

        assertThat(fold.changedSince(heads)).isEmpty();
    }

    @Test
    void aCheckpointSignedByNobodyItNamesIsInvalid() {
        CheckpointFold fold = new CheckpointFold();
        CheckpointSignedEvent signed = Checkpoints.next(fold, Checkpoints.headsOf(Events.ni130(2)));
        CheckpointSignedEvent otherRoot = new CheckpointSignedEvent(signed.number(), signed.time(),
                signed.storePosition(), signed.aggregates(), "b".repeat(64), signed.previous(), signed.publicKey(),
                signed.signature(), signed.changed());

        assertThat(fold.accept(otherRoot)).isFalse();
        assertThat(fold.broken()).isEqualTo(new Break(Ledger.CHECKPOINTS, 0, Problem.CHECKPOINT_INVALID,
                "checkpoint 1: its signature does not verify with the key it carries"));
        assertThat(fold.latest()).isNull();
    }

    @Test
    void aCheckpointWhoseHeadsDoNotMakeItsRootIsInvalid() {
        CheckpointFold fold = new CheckpointFold();
        List<StoredEvent> events = Events.ni130(2);
        CheckpointSignedEvent honest = Checkpoints.next(fold, Checkpoints.headsOf(events));
        Head otherHead = new Head("NI130", 0, events.get(0).storedHash());
        CheckpointSignedEvent lying = CheckpointSignedEvent.sign(1, honest.time(), honest.storePosition(),
                List.of(honest.changed().get(0)), Ledger.GENESIS, List.of(otherHead), Checkpoints.KEY);

        assertThat(fold.accept(lying)).isFalse();
        assertThat(fold.broken().detail()).contains("is not the root of the heads it covers");
    }

    @Test
    void aCheckpointThatSkipsANumberOrForgetsItsPredecessorIsInvalid() {
        CheckpointFold fold = new CheckpointFold();
        CheckpointSignedEvent one = Checkpoints.next(fold, Checkpoints.headsOf(Events.ni130(1)));
        fold.accept(one);
        CheckpointSignedEvent three = CheckpointSignedEvent.sign(3, one.time(), 7, fold.headList(),
                fold.latestStatementHash(), List.of(), Checkpoints.KEY);
        CheckpointSignedEvent forgetful = CheckpointSignedEvent.sign(2, one.time(), 7, fold.headList(),
                Ledger.GENESIS, List.of(), Checkpoints.KEY);

        assertThat(new CheckpointFold().accept(three)).isFalse();
        CheckpointFold again = new CheckpointFold();
        again.accept(one);
        assertThat(again.accept(forgetful)).isFalse();
        assertThat(again.broken().detail()).contains("as the previous checkpoint");
        assertThat(fold.accept(three)).isFalse();
        assertThat(fold.broken().detail()).contains("numbered 3 where 2 was due");
    }
}
