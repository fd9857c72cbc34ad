package io.outturn.command.ledger;

import io.outturn.ledger.Head;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentHeadsTest {

    private static final String H0 = "0a".repeat(32);
    private static final String H1 = "1b".repeat(32);

    @Test
    void aHeadServesOnlyTheSequenceItIsFor() {
        RecentHeads heads = new RecentHeads(10);
        heads.record(new Head("NI130", 1, H1));

        assertThat(heads.hashOf("NI130", 1)).isEqualTo(H1);
        assertThat(heads.hashOf("NI130", 0)).isNull();
        assertThat(heads.hashOf("NI131", 1)).isNull();
    }

    @Test
    void theLeastRecentlyUsedIsForgottenFirst() {
        RecentHeads heads = new RecentHeads(2);
        heads.record(new Head("NI130", 0, H0));
        heads.record(new Head("NI131", 0, H0));
        heads.hashOf("NI130", 0);

        heads.record(new Head("NI132", 0, H0));

        assertThat(heads.hashOf("NI130", 0)).isEqualTo(H0);
        assertThat(heads.hashOf("NI131", 0)).isNull();
        assertThat(heads.hashOf("NI132", 0)).isEqualTo(H0);
    }

    @Test
    void withNoEntriesNothingIsKept() {
        RecentHeads heads = new RecentHeads(0);
        heads.record(new Head("NI130", 0, H0));

        assertThat(heads.hashOf("NI130", 0)).isNull();
    }
}
