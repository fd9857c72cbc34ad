package io.outturn.query.scaleout;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LivenessTest {

    private final Liveness liveness = new Liveness("me");

    @Test
    void anInstanceIsAliveFromItsFirstHeartbeat() {
        assertThat(liveness.observe(Map.of("me", 1L, "newcomer", 1L)).alive()).containsExactlyInAnyOrder("me", "newcomer");
    }

    @Test
    void anInstanceWhoseHeartbeatStopsCountsAsGoneAfterThreeSilentRounds() {
        liveness.observe(Map.of("me", 1L, "killed", 7L));
        for (int round = 1; round < Liveness.QUIET_ROUNDS; round++) {
            assertThat(liveness.observe(Map.of("me", 1L + round, "killed", 7L)).alive()).contains("killed");
        }

        Liveness.Verdict verdict = liveness.observe(Map.of("me", 9L, "killed", 7L));

        assertThat(verdict.alive()).containsExactly("me");
        assertThat(verdict.forgotten()).isEmpty();
    }

    @Test
    void aLongSilentHeartbeatIsForgotten() {
        Liveness.Verdict verdict = null;
        for (int round = 0; round <= Liveness.FORGOTTEN_ROUNDS; round++) {
            verdict = liveness.observe(Map.of("me", (long) round, "killed", 7L));
        }

        assertThat(verdict.forgotten()).containsExactly("killed");
    }

    @Test
    void thisInstanceIsAliveEvenBeforeItsOwnHeartbeatIsRead() {
        assertThat(liveness.observe(Map.of()).alive()).containsExactly("me");
    }
}
