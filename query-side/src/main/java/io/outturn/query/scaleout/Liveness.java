package io.outturn.query.scaleout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which query-side instances are alive, judged without a clock: every instance counts up its own heartbeat on
 * every round; one whose count has not moved for {@link #QUIET_ROUNDS} of this instance's rounds has stopped
 * (killed, or cut off). An instance that shuts down in order removes its heartbeat at once. Not thread-safe: one
 * balancer thread owns it.
 */
final class Liveness {

    /** Rounds of silence after which an instance counts as gone. */
    static final int QUIET_ROUNDS = 3;
    /** Rounds of silence after which its heartbeat is removed for good. */
    static final int FORGOTTEN_ROUNDS = 20;

    private final String self;
    private final Map<String, Heard> heard = new HashMap<>();

    Liveness(String self) {
        this.self = self;
    }

    /** What this round's heartbeats say: who is alive (always including this instance), and who to forget. */
    Verdict observe(Map<String, Long> heartbeats) {
        Set<String> alive = new HashSet<>(Set.of(self));
        Set<String> forgotten = new HashSet<>();
        Map<String, Heard> now = new HashMap<>();
        heartbeats.forEach((instance, beats) -> {
            Heard before = heard.get(instance);
            int quiet = before == null || before.beats() != beats ? 0 : before.quietRounds() + 1;
            now.put(instance, new Heard(beats, quiet));
            if (quiet < QUIET_ROUNDS) {
                alive.add(instance);
            } else if (quiet >= FORGOTTEN_ROUNDS && !instance.equals(self)) {
                forgotten.add(instance);
            }
        });
        heard.clear();
        heard.putAll(now);
        return new Verdict(Set.copyOf(alive), Set.copyOf(forgotten));
    }

    record Verdict(Set<String> alive, Set<String> forgotten) {
    }

    private record Heard(long beats, int quietRounds) {
    }
}
