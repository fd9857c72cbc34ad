package io.outturn.command.domain;

import io.outturn.command.domain.RejectedException;
import io.outturn.values.FinancialYear;
import io.outturn.values.Quarter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterEndedPolicyTest {

    private static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");

    @Test
    void aQuarterHasNotEndedOnItsLastDay() {
        assertThat(QuarterEndedPolicy.hasEnded(FY_2011_12, Quarter.Q1, LocalDate.of(2011, 6, 30))).isFalse();
    }

    @Test
    void aQuarterHasEndedFromTheDayAfterItsLastDay() {
        assertThat(QuarterEndedPolicy.hasEnded(FY_2011_12, Quarter.Q1, LocalDate.of(2011, 7, 1))).isTrue();
    }

    @Test
    void theFourthQuarterEndsWithTheFinancialYearInMarch() {
        assertThat(QuarterEndedPolicy.hasEnded(FY_2011_12, Quarter.Q4, LocalDate.of(2012, 3, 31))).isFalse();
        assertThat(QuarterEndedPolicy.hasEnded(FY_2011_12, Quarter.Q4, LocalDate.of(2012, 4, 1))).isTrue();
    }

    @Test
    void aQuarterInProgressHasNotEnded() {
        assertThat(QuarterEndedPolicy.hasEnded(FY_2011_12, Quarter.Q3, LocalDate.of(2011, 11, 15))).isFalse();
    }

    @Test
    void requiringAnUnendedQuarterRejectsItNamingTheQuarter() {
        Clock lastEveningOfQ3 = Clock.fixed(Instant.parse("2011-12-31T23:59:00Z"), ZoneOffset.UTC);
        assertThatThrownBy(() -> QuarterEndedPolicy.requireEnded(FY_2011_12, Quarter.Q3, lastEveningOfQ3))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Rejection.Code.QUARTER_NOT_ENDED);
                    assertThat(e.field()).isEqualTo("quarter");
                });
    }

    @Test
    void requiringAQuarterUsesTheDateInTheClocksZone() {
        Instant instant = Instant.parse("2011-06-30T23:30:00Z");
        assertThatThrownBy(() -> QuarterEndedPolicy.requireEnded(FY_2011_12, Quarter.Q1,
                Clock.fixed(instant, ZoneOffset.UTC))).isInstanceOf(RejectedException.class);
        assertThatCode(() -> QuarterEndedPolicy.requireEnded(FY_2011_12, Quarter.Q1,
                Clock.fixed(instant, ZoneId.of("Europe/London")))).doesNotThrowAnyException();
    }
}
