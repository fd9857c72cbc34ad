package io.outturn.command.savings;

import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import io.outturn.values.Money;
import io.outturn.values.SavingsProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.outturn.command.savings.Seed001Savings.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavingsProfilePolicyTest {

    @Test
    void aProfileWithinTheProgrammesYearsIsValid() {
        assertThat(SavingsProfilePolicy.requireValid(REABLEMENT_SERVICE_PROFILE, YEARS))
                .isEqualTo(REABLEMENT_SERVICE_PROFILE);
    }

    @Test
    void aProfileMayCoverSomeOfTheProgrammesYearsOnly() {
        SavingsProfile oneYear = SavingsProfile.of(Map.of(FY_2011_12, Money.of("520000")));
        assertThat(SavingsProfilePolicy.requireValid(oneYear, YEARS)).isEqualTo(oneYear);
    }

    @Test
    void aZeroAmountIsValid() {
        SavingsProfile nothingYet = SavingsProfile.of(Map.of(FY_2013_14, Money.ZERO));
        assertThat(SavingsProfilePolicy.requireValid(nothingYet, YEARS)).isEqualTo(nothingYet);
    }

    @Test
    void aMissingOrEmptyProfileIsInvalid() {
        assertRejected(null, Rejection.Code.VALIDATION_FAILED);
        assertRejected(SavingsProfile.of(Map.of()), Rejection.Code.VALIDATION_FAILED);
    }

    @Test
    void aYearOutsideTheProgrammeIsRejected() {
        assertRejected(SavingsProfile.of(Map.of(FY_2014_15, Money.of("100000"))), Rejection.Code.FY_NOT_IN_PROGRAMME);
    }

    @Test
    void aNegativeAmountIsRejected() {
        assertRejected(profile("400000", "-0.01", "0"), Rejection.Code.VALIDATION_FAILED);
    }

    private static void assertRejected(SavingsProfile profile, Rejection.Code code) {
        assertThatThrownBy(() -> SavingsProfilePolicy.requireValid(profile, YEARS))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("profile");
                });
    }
}
