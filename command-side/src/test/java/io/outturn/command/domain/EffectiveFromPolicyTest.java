package io.outturn.command.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectiveFromPolicyTest {

    private static final Instant NOW = Instant.parse("2012-07-20T09:00:00Z");
    private static final Instant PLAN_APPROVED = Instant.parse("2011-02-01T00:00:00Z");
    private static final Instant CABINET_MET = Instant.parse("2011-03-12T00:00:00Z");

    @Test
    void withoutOneGivenAChangeTakesEffectNow() {
        assertThat(EffectiveFromPolicy.decide(null, PLAN_APPROVED, NOW)).isEqualTo(NOW);
    }

    @Test
    void aGivenDateBetweenTheReplacedVersionAndNowIsKept() {
        assertThat(EffectiveFromPolicy.decide(CABINET_MET, PLAN_APPROVED, NOW)).isEqualTo(CABINET_MET);
    }

    @Test
    void bothBoundsAreInclusive() {
        assertThat(EffectiveFromPolicy.decide(PLAN_APPROVED, PLAN_APPROVED, NOW)).isEqualTo(PLAN_APPROVED);
        assertThat(EffectiveFromPolicy.decide(NOW, PLAN_APPROVED, NOW)).isEqualTo(NOW);
    }

    @Test
    void aChangeReplacingNothingMayGoBackAnyDistance() {
        assertThat(EffectiveFromPolicy.decide(Instant.parse("2000-04-01T00:00:00Z"), null, NOW))
                .isEqualTo(Instant.parse("2000-04-01T00:00:00Z"));
    }

    @Test
    void aChangeCannotTakeEffectLaterThanNow() {
        assertThatThrownBy(() -> EffectiveFromPolicy.decide(NOW.plusNanos(1), null, NOW))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Rejection.Code.EFFECTIVE_FROM_IN_FUTURE);
                    assertThat(e.field()).isEqualTo("effectiveFrom");
                });
    }

    @Test
    void aChangeCannotTakeEffectBeforeTheVersionItReplaces() {
        assertThatThrownBy(() -> EffectiveFromPolicy.decide(PLAN_APPROVED.minusNanos(1), PLAN_APPROVED, NOW))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS);
                    assertThat(e.field()).isEqualTo("effectiveFrom");
                });
    }
}
