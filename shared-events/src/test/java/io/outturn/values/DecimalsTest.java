package io.outturn.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Measured values compare by value, however many digits an earlier version let into the store. */
class DecimalsTest {

    @ParameterizedTest
    @ValueSource(strings = {"12000", "12000.00", "0.50", "0", "0.000", "-7000", "82.5",
            "123456789012345678901234567890123456789012345000000", "-1234567890123456789012345678901234567890120.0000",
            "100000000000000000000000000000000000000000000000000000", "0.0000000000000000000000000000000000000000000000010"})
    void stripsTrailingZerosExactlyAsTheJdkDoes(String value) {
        BigDecimal decimal = new BigDecimal(value);

        assertThat(Decimals.stripTrailingZeros(decimal)).isEqualTo(decimal.stripTrailingZeros());
    }

    @Test
    void aTargetOfAHundredThousandAndOneDigitsIsNormalisedToTheSameValue() {
        BigDecimal stored = new BigDecimal("1" + "0".repeat(100_000));

        BigDecimal normalised = Decimals.normalise(stored);

        assertThat(normalised).isEqualTo(new BigDecimal("1E+100000").setScale(0));
        assertThat(new Target.AtLeast(stored, true).value()).isEqualTo(normalised);
    }
}
