package io.outturn.command.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionPolicyTest {

    private static final BiPredicate<BigDecimal, BigDecimal> NUMERICALLY_EQUAL = (a, b) -> a.compareTo(b) == 0;

    @Test
    void theFirstValueIsFirst() {
        assertThat(RevisionPolicy.decide(null, new BigDecimal("12000"), NUMERICALLY_EQUAL))
                .isEqualTo(RevisionPolicy.Outcome.FIRST);
    }

    @Test
    void theSameValueAgainIsUnchanged() {
        assertThat(RevisionPolicy.decide(new BigDecimal("12000"), new BigDecimal("12000.0"), NUMERICALLY_EQUAL))
                .isEqualTo(RevisionPolicy.Outcome.UNCHANGED);
    }

    @Test
    void aDifferentValueIsARevision() {
        assertThat(RevisionPolicy.decide(new BigDecimal("12000"), new BigDecimal("14000"), NUMERICALLY_EQUAL))
                .isEqualTo(RevisionPolicy.Outcome.REVISION);
    }
}
