package io.outturn.query.scaleout;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FairShareTest {

    @Test
    void eachInstanceHoldsAtMostItsRoundedUpShare() {
        assertThat(FairShare.share(2, 1)).isEqualTo(2);
        assertThat(FairShare.share(2, 2)).isEqualTo(1);
        assertThat(FairShare.share(2, 3)).isEqualTo(1);
        assertThat(FairShare.share(8, 3)).isEqualTo(3);
        assertThat(FairShare.share(6, 3)).isEqualTo(2);
    }

    @Test
    void anInstanceHoldingEverythingGivesUpItsHighestSegmentsWhenASecondArrives() {
        assertThat(FairShare.surplus(Set.of(0, 1, 2, 3), 4, 2)).containsExactly(3, 2);
    }

    @Test
    void anInstanceWithinItsShareGivesUpNothing() {
        assertThat(FairShare.surplus(Set.of(1), 2, 2)).isEmpty();
        assertThat(FairShare.surplus(List.of(), 2, 2)).isEmpty();
        assertThat(FairShare.surplus(Set.of(0, 1), 2, 1)).isEmpty();
    }
}
