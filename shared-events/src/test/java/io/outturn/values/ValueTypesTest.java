package io.outturn.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"NI130", "PAF-C30", "ASC-008-1", "BV.156", "KPR12_MH"})
    void indicatorCodesFromThePlansArePathSafe(String code) {
        assertThat(IndicatorId.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NI 130", "../etc", "..", ".", "a/b", "NI130?", "$where"})
    void identifiersThatCouldEscapeAPathAreRejected(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorId.of(code));
    }

    @Test
    void anIdentifierLongerThanSixtyFourCharactersIsRejected() {
        assertThat(LineId.of("a".repeat(64)).value()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> LineId.of("a".repeat(65)));
    }

    @Test
    void moneyIsExactToThePennyAndRejectsFractionsOfAPenny() {
        assertThat(Money.of("1300000").plus(Money.of("0.10")).pounds()).isEqualByComparingTo("1300000.10");
        assertThat(Money.of("12.50")).isEqualTo(Money.of("12.5"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("0.001"));
    }

    @Test
    void plansPrintThousandsOfPounds() {
        assertThat(Money.ofThousands(new BigDecimal("27921"))).isEqualTo(Money.of("27921000"));
    }

    @Test
    void aRangeWithLowAboveHighNamesTheOffendingField() {
        assertThatThrownBy(() -> new Target.Range(new BigDecimal("370"), new BigDecimal("350")))
                .isInstanceOfSatisfying(Target.InvalidTargetException.class,
                        e -> assertThat(e.field()).isEqualTo("low"));
    }

    @Test
    void targetsCompareByValueWhateverTheScale() {
        assertThat(new Target.AtLeast(new BigDecimal("12000.0"), true))
                .isEqualTo(new Target.AtLeast(new BigDecimal("12000"), true));
    }

    @Test
    void aChangeTargetNeedsExactlyOneOfPercentAndAbsolute() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Target.Change(null, null, ChangeReference.BASELINE));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Target.Change(BigDecimal.TEN, BigDecimal.ONE, ChangeReference.BASELINE));
        assertThat(new Target.Change(new BigDecimal("20"), null, null).reference()).isEqualTo(ChangeReference.BASELINE);
    }

    @Test
    void aSavingsProfileTotalsItsYearsExactly() {
        SavingsProfile reablement = SavingsProfile.of(Map.of(
                FinancialYear.parse("2011-12"), Money.of("1300000"),
                FinancialYear.parse("2012-13"), Money.of("700000"),
                FinancialYear.parse("2013-14"), Money.ZERO));
        assertThat(reablement.total()).isEqualTo(Money.of("2000000"));
        assertThat(reablement.years()).containsExactly(
                FinancialYear.parse("2011-12"), FinancialYear.parse("2012-13"), FinancialYear.parse("2013-14"));
        assertThat(reablement.amountFor(FinancialYear.parse("2014-15"))).isEqualTo(Money.ZERO);
    }

    @Test
    void frameworksAreWrittenInUpperCase() {
        assertThat(Framework.of("ascof")).isEqualTo(new Framework("ASCOF"));
        assertThatIllegalArgumentException().isThrownBy(() -> Framework.of("not a framework"));
    }

    @Test
    void aPrintedTargetKeepsThePlansTextStrippedAndTreatsBlankAsNone() {
        Target twelveThousand = new Target.AtLeast(new BigDecimal("12000"), true);
        assertThat(PrintedTarget.of(twelveThousand, " 12,000 ").printed()).isEqualTo("12,000");
        assertThat(PrintedTarget.of(twelveThousand, "  ").printed()).isNull();
        assertThat(PrintedTarget.of(twelveThousand, "12,000")).isNotEqualTo(PrintedTarget.of(twelveThousand, "12000"));
        assertThat(PrintedTarget.orNull(null, "12,000")).isNull();
        assertThatThrownBy(() -> PrintedTarget.of(null, "12,000")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anIndicatorThatNamesNoToleranceHasFivePercent() {
        assertThat(Tolerance.ofPercentOrDefault(null)).isEqualTo(Tolerance.DEFAULT);
        assertThat(Tolerance.DEFAULT.percent()).isEqualByComparingTo("5");
        assertThat(Tolerance.ofPercentOrDefault(new BigDecimal("10.0"))).isEqualTo(new Tolerance(BigDecimal.TEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "100.01"})
    void aToleranceOutsideZeroToAHundredPercentIsRejected(String percent) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tolerance(new BigDecimal(percent)));
    }
}
