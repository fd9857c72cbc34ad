package io.outturn.ledger;

import java.security.KeyPair;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checkpoints for tests, taken as the command side takes them. */
final class Checkpoints {

    static final KeyPair KEY = SigningKeys.generate();
    static final Instant TAKEN = Instant.parse("2012-07-20T09:00:00Z");

    private Checkpoints() {
    }

    /** The next checkpoint after what {@code fold} holds, covering {@code current} heads. */
    static CheckpointSignedEvent next(CheckpointFold fold, Map<String, Head> current) {
        Map<String, Head> covered = new HashMap<>(fold.heads());
        covered.putAll(current);
        long number = fold.latest() == null ? 1 : fold.latest().number() + 1;
        return CheckpointSignedEvent.sign(number, TAKEN.plusSeconds(3600 * number), 100 * number, covered.values(),
                fold.latestStatementHash(), fold.changedSince(current), KEY);
    }

    static Map<String, Head> headsOf(List<StoredEvent> events) {
        ChainWalk walk = new ChainWalk();
        events.forEach(walk::accept);
        return walk.heads();
    }
}
