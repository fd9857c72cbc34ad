package io.outturn.query.rules;

import io.outturn.values.Baseline;
import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import static io.outturn.query.rules.Fixtures.fy;
import static io.outturn.query.rules.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ChangeTargetResolutionTest {

    private static final Baseline BWC_TRADERS = baseline("354", "2010-11", "354 BWC traders");
    private static final Baseline REABLEMENT = baseline("403", "2009-10", "(09/10) 403");
    private static final Baseline B8_WEEKLY_COST = baseline("351", "1998-99", "B8 gross weekly cost");
    private static final Baseline C21_DEREGISTRATIONS = baseline("5", "1998-99", "C21");
    private static final Baseline S8C_NURSING_HOME = baseline("0", "1998-99", "S8c(iii)");

    /** Salford's delayed discharges: "reduce by 5% compared to 2004/05"; the plan gives no 2004-05 figure. */
    private static final Target.Change DTOC_MINUS_5_PERCENT_ON_2004_05 =
            new Target.Change(new BigDecimal("-5"), null, ChangeReference.outturnOf(fy("2004-05")));

    static Stream<Arguments> resolvable() {
        return Stream.of(
                arguments("BWC traders +20% on the 354 baseline", percent("20"), Polarity.HIGHER_IS_BETTER,
                        BWC_TRADERS, Map.of(), new Target.AtLeast(new BigDecimal("424.8"), true)),
                arguments("reablement 403 + 43 people reaches the plan's 446", absolute("43"),
                        Polarity.HIGHER_IS_BETTER, REABLEMENT, Map.of(),
                        new Target.AtLeast(new BigDecimal("446"), true)),
                arguments("delayed discharges -5% on the 2004-05 outturn", DTOC_MINUS_5_PERCENT_ON_2004_05,
                        Polarity.LOWER_IS_BETTER, null, Map.of(fy("2004-05"), new BigDecimal("120")),
                        new Target.AtMost(new BigDecimal("114"), true)),
                arguments("C21 one point below its baseline of 5", absolute("-1"), Polarity.LOWER_IS_BETTER,
                        C21_DEREGISTRATIONS, Map.of(), new Target.AtMost(new BigDecimal("4"), true)),
                arguments("polarity, not the sign, decides for higher-is-better", percent("-10"),
                        Polarity.HIGHER_IS_BETTER, BWC_TRADERS, Map.of(),
                        new Target.AtLeast(new BigDecimal("318.6"), true)),
                arguments("polarity, not the sign, decides for lower-is-better", percent("20"),
                        Polarity.LOWER_IS_BETTER, BWC_TRADERS, Map.of(),
                        new Target.AtMost(new BigDecimal("424.8"), true)),
                arguments("within range going up becomes at least", percent("5"), Polarity.WITHIN_RANGE,
                        B8_WEEKLY_COST, Map.of(), new Target.AtLeast(new BigDecimal("368.55"), true)),
                arguments("within range going down becomes at most", percent("-2"), Polarity.WITHIN_RANGE,
                        B8_WEEKLY_COST, Map.of(), new Target.AtMost(new BigDecimal("343.98"), true)),
                arguments("within range with no change counts as going up", absolute("0"), Polarity.WITHIN_RANGE,
                        B8_WEEKLY_COST, Map.of(), new Target.AtLeast(new BigDecimal("351"), true)),
                arguments("a baseline of zero gives a zero threshold", percent("20"), Polarity.HIGHER_IS_BETTER,
                        S8C_NURSING_HOME, Map.of(), new Target.AtLeast(BigDecimal.ZERO, true)),
                arguments("the value is rounded to 6 places half-even", percent("33.3333333"),
                        Polarity.HIGHER_IS_BETTER, baseline("1", "2010-11", "unit"), Map.of(),
                        new Target.AtLeast(new BigDecimal("1.333333"), true)),
                arguments("a named year is taken from the outturns, not the baseline",
                        DTOC_MINUS_5_PERCENT_ON_2004_05, Polarity.LOWER_IS_BETTER, baseline("200", "2004-05", "x"),
                        Map.of(fy("2004-05"), new BigDecimal("120"), fy("2003-04"), new BigDecimal("130")),
                        new Target.AtMost(new BigDecimal("114"), true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolvable")
    void aChangeResolvesToAnInclusiveThreshold(String scenario, Target.Change change, Polarity polarity,
                                               Baseline baseline, Map<FinancialYear, BigDecimal> outturnByYear,
                                               Target expected) {
        assertThat(StatusCalculator.resolve(change, polarity, baseline, outturnByYear)).contains(expected);
    }

    static Stream<Arguments> unresolvable() {
        return Stream.of(
                arguments("TS KPI2 +20% against a baseline still tbc", percent("20"), null, Map.of()),
                arguments("delayed discharges before 2004-05 has an outturn", DTOC_MINUS_5_PERCENT_ON_2004_05,
                        null, Map.of(fy("2005-06"), new BigDecimal("110"))),
                arguments("a baseline does not stand in for a named year", DTOC_MINUS_5_PERCENT_ON_2004_05,
                        baseline("120", "2004-05", "baseline of the same year"), Map.of()),
                arguments("no outturns at all", DTOC_MINUS_5_PERCENT_ON_2004_05, BWC_TRADERS, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unresolvable")
    void aChangeWithoutItsReferenceValueStaysUnresolved(String scenario, Target.Change change, Baseline baseline,
                                                        Map<FinancialYear, BigDecimal> outturnByYear) {
        assertThat(StatusCalculator.resolve(change, Polarity.LOWER_IS_BETTER, baseline, outturnByYear)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherTargets")
    void everyOtherTargetIsJudgedAsItIs(String spelling) {
        Target target = target(spelling);

        assertThat(StatusCalculator.resolve(target, Polarity.HIGHER_IS_BETTER, REABLEMENT, Map.of()))
                .contains(target);
    }

    static Stream<String> otherTargets() {
        return Stream.of(">=446", ">60", "<=18", "<5", "350..370", "milestone", "tbc");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Polarity.class)
    void noTargetResolvesToNothing(Polarity polarity) {
        assertThat(StatusCalculator.resolve(null, polarity, REABLEMENT, Map.of())).isEmpty();
    }

    private static Target.Change percent(String percent) {
        return new Target.Change(new BigDecimal(percent), null, ChangeReference.BASELINE);
    }

    private static Target.Change absolute(String amount) {
        return new Target.Change(null, new BigDecimal(amount), ChangeReference.BASELINE);
    }

    private static Baseline baseline(String value, String fy, String note) {
        return new Baseline(new BigDecimal(value), fy(fy), note);
    }
}
