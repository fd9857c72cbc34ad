package io.outturn.command.domain;

import io.outturn.command.domain.RejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectedVersionPolicyTest {

    @Test
    void noExpectedVersionAcceptsAnyVersion() {
        assertThat(ExpectedVersionPolicy.accepts(null, 7)).isTrue();
    }

    @Test
    void theCurrentVersionIsAccepted() {
        assertThat(ExpectedVersionPolicy.accepts(7L, 7)).isTrue();
    }

    @Test
    void anOlderOrNewerVersionIsNotAccepted() {
        assertThat(ExpectedVersionPolicy.accepts(6L, 7)).isFalse();
        assertThat(ExpectedVersionPolicy.accepts(8L, 7)).isFalse();
    }

    @Test
    void aStaleCommandIsRejectedAsAVersionConflictWithoutAField() {
        OutturnCommand stale = () -> 2L;
        assertThatThrownBy(() -> ExpectedVersionPolicy.requireCurrent(stale, 3))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Rejection.Code.VERSION_CONFLICT);
                    assertThat(e.field()).isNull();
                });
        assertThatCode(() -> ExpectedVersionPolicy.requireCurrent(stale, 2)).doesNotThrowAnyException();
    }
}
