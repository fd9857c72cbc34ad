package io.outturn.command.domain;

import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which revisions of NI130's 2011-12 target (12,000, higher is better) wait for a second person. */
class RevisionApprovalTest {

    private static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    private static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);

    @ParameterizedTest(name = "{0}, {1} -> {2} on {3}: {4}")
    @CsvSource({
            "EASING_IN_YEAR, 12000, 9000,  2012-04-20, true",
            "EASING_IN_YEAR, 12000, 9000,  2011-04-01, true",
            "EASING_IN_YEAR, 12000, 9000,  2011-03-31, false",
            "EASING_IN_YEAR, 12000, 14000, 2012-04-20, false",
            "EASING_IN_YEAR, 12000, 12000, 2012-04-20, false",
            "NONE,           12000, 9000,  2012-04-20, false",
    })
    void onlyAnEasingOfAYearUnderWayWaitsAndOnlyWhenTheRuleIsOn(RevisionApproval.Mode mode, BigDecimal from,
                                                                BigDecimal to, LocalDate today, boolean waits) {
        assertThat(new RevisionApproval(mode).isRequiredFor(new Target.AtLeast(from, true), new Target.AtLeast(to, true),
                Polarity.HIGHER_IS_BETTER, FY_2011_12, today)).isEqualTo(waits);
    }

    @Test
    void makingATargetToBeConfirmedInYearWaitsForASecondPerson() {
        assertThat(new RevisionApproval(RevisionApproval.Mode.EASING_IN_YEAR).isRequiredFor(TWELVE_THOUSAND,
                new Target.ToBeConfirmed(), Polarity.HIGHER_IS_BETTER, FY_2011_12, LocalDate.of(2011, 9, 1))).isTrue();
    }

    @Test
    void withdrawingATargetInYearIsRefusedWhereEasingNeedsASecondPerson() {
        RevisionApproval twoPeople = new RevisionApproval(RevisionApproval.Mode.EASING_IN_YEAR);
        assertThatThrownBy(() -> twoPeople.requireWithdrawalAllowed(TWELVE_THOUSAND, FY_2011_12, LocalDate.of(2011, 9, 1)))
                .isInstanceOfSatisfying(RejectedException.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(Rejection.Code.APPROVAL_REQUIRED))
                .hasMessageContaining("TO_BE_CONFIRMED");
        assertThatCode(() -> twoPeople.requireWithdrawalAllowed(TWELVE_THOUSAND, FY_2011_12, LocalDate.of(2011, 3, 1)))
                .doesNotThrowAnyException();
        assertThatCode(() -> twoPeople.requireWithdrawalAllowed(new Target.ToBeConfirmed(), FY_2011_12,
                LocalDate.of(2011, 9, 1))).doesNotThrowAnyException();
        assertThatCode(() -> RevisionApproval.NONE.requireWithdrawalAllowed(TWELVE_THOUSAND, FY_2011_12,
                LocalDate.of(2011, 9, 1))).doesNotThrowAnyException();
    }

    @Test
    void noRuleIsNone() {
        assertThat(new RevisionApproval(null)).isEqualTo(RevisionApproval.NONE);
    }
}
