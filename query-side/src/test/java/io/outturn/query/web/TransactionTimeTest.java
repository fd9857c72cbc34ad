package io.outturn.query.web;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionTimeTest {

    @Test
    void anInstantIsTakenAsWritten() {
        assertThat(TransactionTime.endOf("2011-09-01T11:00:00.000000500Z", "asOf"))
                .isEqualTo(Instant.parse("2011-09-01T11:00:00.000000500Z"));
    }

    @Test
    void aDateTimeWithAnOffsetIsTheSameMomentInUtc() {
        assertThat(TransactionTime.startOf("2011-09-01T12:00:00+01:00", "from"))
                .isEqualTo(Instant.parse("2011-09-01T11:00:00Z"));
    }

    @Test
    void aBareDateIsTheWholeUtcDay() {
        assertThat(TransactionTime.startOf("2011-09-01", "from")).isEqualTo(Instant.parse("2011-09-01T00:00:00Z"));
        assertThat(TransactionTime.endOf("2011-09-01", "to")).isEqualTo(Instant.parse("2011-09-01T23:59:59.999999999Z"));
    }

    @Test
    void anAbsentMomentIsNull() {
        assertThat(TransactionTime.endOf(null, "asOf")).isNull();
        assertThat(TransactionTime.endOf(" ", "asOf")).isNull();
    }

    @Test
    void aMomentOutsideTheYearsOneTo9999IsAValidationFailureNamingTheParameter() {
        assertThatThrownBy(() -> TransactionTime.endOf("+1000000000-01-01T00:00:00Z", "asOf"))
                .isInstanceOfSatisfying(OutturnException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.field()).isEqualTo("asOf");
                });
        assertThatThrownBy(() -> TransactionTime.startOf("+10000-01-02T00:00:00+01:00", "from"))
                .isInstanceOf(OutturnException.class);
        assertThat(TransactionTime.startOf("0001-01-01", "from")).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(TransactionTime.endOf("9999-12-31", "to")).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    }

    @Test
    void anythingElseIsAValidationFailureNamingTheParameter() {
        assertThatThrownBy(() -> TransactionTime.endOf("01/09/2011", "asOf"))
                .isInstanceOfSatisfying(OutturnException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.field()).isEqualTo("asOf");
                    assertThat(e.getMessage()).contains("01/09/2011");
                });
    }

    @Test
    void aMomentThatMustBeGivenIsAValidationFailureWhenAbsent() {
        assertThat(TransactionTime.requiredEndOf("2011-09-01", "asOf"))
                .isEqualTo(Instant.parse("2011-09-01T23:59:59.999999999Z"));
        for (String absent : new String[] {null, " "}) {
            assertThatThrownBy(() -> TransactionTime.requiredEndOf(absent, "asOf"))
                    .isInstanceOfSatisfying(OutturnException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                        assertThat(e.field()).isEqualTo("asOf");
                    });
        }
    }
}
