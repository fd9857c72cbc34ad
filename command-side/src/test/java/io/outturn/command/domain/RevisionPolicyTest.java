package io.outturn.command.domain;

import io.outturn.command.domain.RejectedException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionPolicyTest {

    private static final BiPredicate<BigDecimal, BigDecimal> NUMERICALLY_EQUAL = (a, b) -> a.compareTo(b) == 0;

    @Test
    void theFirstValueNeedsNoReason() {
        assertThat(RevisionPolicy.decide(null, new BigDecimal("12000"), NUMERICALLY_EQUAL, null))
                .isEqualTo(RevisionPolicy.Outcome.FIRST);
    }

    @Test
    void theSameValueAgainIsUnchangedAndNeedsNoReason() {
        assertThat(RevisionPolicy.decide(new BigDecimal("12000"), new BigDecimal("12000.0"), NUMERICALLY_EQUAL, null))
                .isEqualTo(RevisionPolicy.Outcome.UNCHANGED);
    }

    @Test
    void aDifferentValueWithAReasonIsARevision() {
        assertThat(RevisionPolicy.decide(new BigDecimal("12000"), new BigDecimal("14000"), NUMERICALLY_EQUAL,
                "Brought forward")).isEqualTo(RevisionPolicy.Outcome.REVISION);
    }

    @Test
    void aDifferentValueWithoutAReasonIsRejected() {
        assertThatThrownBy(() -> RevisionPolicy.decide(new BigDecimal("12000"), new BigDecimal("14000"),
                NUMERICALLY_EQUAL, " "))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Rejection.Code.REASON_REQUIRED);
                    assertThat(e.field()).isEqualTo("reason");
                });
    }
}
