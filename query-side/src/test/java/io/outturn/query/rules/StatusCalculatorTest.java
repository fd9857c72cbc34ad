package io.outturn.query.rules;

import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static io.outturn.query.rules.Fixtures.actuals;
import static io.outturn.query.rules.Fixtures.fy;
import static io.outturn.query.rules.Fixtures.number;
import static io.outturn.query.rules.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Whole judgements of indicators from the seed plans, from definition, target and quarterly actuals. */
class StatusCalculatorTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    /** Seed 001, ASC-002 KPI1: people requiring no service after reablement; (09/10) 403; 446 / 492 / 541. */
    private static StatusInput reablement(String target, String actuals) {
        return new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.SUM, FIVE,
                new Baseline(new BigDecimal("403"), fy("2009-10"), "(09/10) 403"), target(target), null,
                actuals(actuals), Map.of());
    }

    /** Seed 001, SG KPI1: repeat alerts not going on to referral; 20% baseline, 18% target, lower is better. */
    private static StatusInput safeguarding(String actuals) {
        return new StatusInput(Polarity.LOWER_IS_BETTER, RollUp.LATEST, FIVE,
                new Baseline(new BigDecimal("20"), fy("2010-11"), "20%"), target("<=18"), null, actuals(actuals),
                Map.of());
    }

    /** Seed 003, B8 and BV51: gross weekly cost of a placement; 351 in 1998-99; target 350-370. */
    private static StatusInput grossWeeklyCost(String actuals) {
        return new StatusInput(Polarity.WITHIN_RANGE, RollUp.AVERAGE, FIVE,
                new Baseline(new BigDecimal("351"), fy("1998-99"), "351"), target("350..370"), null,
                actuals(actuals), Map.of());
    }

    /** Seed 003, D35: looked-after children in a stable foster placement; ">60" in 2000-01. */
    private static StatusInput fosterStability(String actuals) {
        return new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.LATEST, FIVE,
                new Baseline(new BigDecimal("49"), fy("1998-99"), "49"), target(">60"), null, actuals(actuals),
                Map.of());
    }

    /** Seed 003, C21: de-registrations after two or more years on the register; "<5". */
    private static StatusInput deRegistrations(String actuals) {
        return new StatusInput(Polarity.LOWER_IS_BETTER, RollUp.LATEST, FIVE,
                new Baseline(new BigDecimal("5"), fy("1998-99"), "5"), target("<5"), null, actuals(actuals), Map.of());
    }

    /** Seed 001, TS KPI4: BWC and HPAS traders; baseline "354 BWC traders", target +20%. */
    private static StatusInput bwcTraders(Baseline baseline, String actuals) {
        return new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.LATEST, FIVE, baseline,
                new Target.Change(new BigDecimal("20"), null, ChangeReference.BASELINE), null, actuals(actuals),
                Map.of());
    }

    private static final Baseline BWC_BASELINE = new Baseline(new BigDecimal("354"), fy("2010-11"), "354 BWC traders");
    private static final Target AT_LEAST_424_8 = new Target.AtLeast(new BigDecimal("424.8"), true);

    /** Seed 002, Salford DTOC: "reduce by 5% (compared to 2004/05)"; the plan gives no 2004-05 figure, ours is 120. */
    private static StatusInput delayedDischarges(Map<FinancialYear, BigDecimal> outturnByYear, String actuals) {
        return new StatusInput(Polarity.LOWER_IS_BETTER, RollUp.SUM, FIVE, null,
                new Target.Change(new BigDecimal("-5"), null, ChangeReference.outturnOf(fy("2004-05"))), null,
                actuals(actuals), outturnByYear);
    }

    /** Seed 001, CarersPB KPI1: "Complete roll out" of the carers' RAS, a milestone. */
    private static StatusInput carersRasRollOut(Assessment assessment, String actuals) {
        return new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.LATEST, FIVE, null, target("milestone"),
                assessment, actuals(actuals), Map.of());
    }

    /** Seed 001, CarersPB KPI2: carers using personal budgets; baseline 660, target "Tbc". */
    private static StatusInput carersOnPersonalBudgets(String actuals) {
        return new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.LATEST, FIVE,
                new Baseline(new BigDecimal("660"), fy("2010-11"), "660 (13%)"), target("tbc"), null,
                actuals(actuals), Map.of());
    }

    static Stream<Arguments> indicators() {
        return Stream.of(
                arguments("reablement ahead of its run rate", reablement(">=446", "Q1=110 Q2=115"),
                        result("225", "450", Rag.GREEN, target(">=446"), 2)),
                arguments("reablement within tolerance", reablement(">=446", "Q1=106 Q2=106"),
                        result("212", "424", Rag.AMBER, target(">=446"), 2)),
                arguments("reablement behind", reablement(">=446", "Q1=100 Q2=105"),
                        result("205", "410", Rag.RED, target(">=446"), 2)),
                arguments("reablement 2013-14 met exactly at year end",
                        reablement(">=541", "Q1=130 Q2=135 Q3=140 Q4=136"),
                        result("541", "541", Rag.GREEN, target(">=541"), 4)),
                arguments("reablement with a target and no actual yet", reablement(">=492", "-"),
                        result(null, null, Rag.GREY, target(">=492"), 0)),
                arguments("reablement with actuals and no target", reablement("none", "Q1=110"),
                        result("110", "440", Rag.GREY, null, 1)),
                arguments("safeguarding above 18% but within 0.9", safeguarding("Q1=19.5 Q2=18.7"),
                        result("18.7", "18.7", Rag.AMBER, target("<=18"), 2)),
                arguments("safeguarding below 18%", safeguarding("Q1=19.5 Q2=18.7 Q3=17.9"),
                        result("17.9", "17.9", Rag.GREEN, target("<=18"), 3)),
                arguments("safeguarding still at its baseline", safeguarding("Q1=20"),
                        result("20", "20", Rag.RED, target("<=18"), 1)),
                arguments("gross weekly cost inside the range", grossWeeklyCost("Q1=352 Q2=361 Q3=365"),
                        result("359.333333", "359.333333", Rag.GREEN, target("350..370"), 3)),
                arguments("gross weekly cost above the range within tolerance", grossWeeklyCost("Q1=380 Q2=395"),
                        result("387.5", "387.5", Rag.AMBER, target("350..370"), 2)),
                arguments("gross weekly cost far below the range", grossWeeklyCost("Q1=320 Q2=330"),
                        result("325", "325", Rag.RED, target("350..370"), 2)),
                arguments("D35 at exactly 60 against >60", fosterStability("Q4=60"),
                        result("60", "60", Rag.AMBER, target(">60"), 1)),
                arguments("D35 just over 60", fosterStability("Q3=58 Q4=60.5"),
                        result("60.5", "60.5", Rag.GREEN, target(">60"), 2)),
                arguments("D35 at the tolerance edge", fosterStability("Q1=57"),
                        result("57", "57", Rag.AMBER, target(">60"), 1)),
                arguments("C21 at exactly 5 against <5", deRegistrations("Q1=5"),
                        result("5", "5", Rag.AMBER, target("<5"), 1)),
                arguments("C21 under 5", deRegistrations("Q1=6 Q2=4.5"),
                        result("4.5", "4.5", Rag.GREEN, target("<5"), 2)),
                arguments("BWC traders past 424.8", bwcTraders(BWC_BASELINE, "Q1=410 Q2=430"),
                        result("430", "430", Rag.GREEN, AT_LEAST_424_8, 2)),
                arguments("BWC traders within tolerance of 424.8", bwcTraders(BWC_BASELINE, "Q2=403.56"),
                        result("403.56", "403.56", Rag.AMBER, AT_LEAST_424_8, 1)),
                arguments("BWC traders short of 424.8", bwcTraders(BWC_BASELINE, "Q2=403"),
                        result("403", "403", Rag.RED, AT_LEAST_424_8, 1)),
                arguments("TS KPI2 +20% on a baseline still tbc", bwcTraders(null, "Q1=400"),
                        result("400", "400", Rag.GREY, null, 1)),
                arguments("delayed discharges resolved on 2004-05",
                        delayedDischarges(Map.of(fy("2004-05"), new BigDecimal("120")), "Q1=28 Q2=29"),
                        result("57", "114", Rag.GREEN, new Target.AtMost(new BigDecimal("114"), true), 2)),
                arguments("delayed discharges over the resolved target",
                        delayedDischarges(Map.of(fy("2004-05"), new BigDecimal("120")), "Q1=30 Q2=31"),
                        result("61", "122", Rag.RED, new Target.AtMost(new BigDecimal("114"), true), 2)),
                arguments("delayed discharges before 2004-05 has an outturn", delayedDischarges(Map.of(), "Q1=28"),
                        result("28", "112", Rag.GREY, null, 1)),
                arguments("carers' RAS roll out not yet assessed", carersRasRollOut(null, "-"),
                        result(null, null, Rag.GREY, target("milestone"), 0)),
                arguments("carers' RAS roll out achieved, with no actuals", carersRasRollOut(Assessment.ACHIEVED, "-"),
                        result(null, null, Rag.GREEN, target("milestone"), 0)),
                arguments("carers' RAS roll out partially achieved",
                        carersRasRollOut(Assessment.PARTIALLY_ACHIEVED, "-"),
                        result(null, null, Rag.AMBER, target("milestone"), 0)),
                arguments("carers' RAS roll out not achieved, whatever the actuals say",
                        carersRasRollOut(Assessment.NOT_ACHIEVED, "Q1=100"),
                        result("100", "100", Rag.RED, target("milestone"), 1)),
                arguments("carers on personal budgets with a tbc target", carersOnPersonalBudgets("Q1=700 Q2=720"),
                        result("720", "720", Rag.GREY, target("tbc"), 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicators")
    void judgesAnIndicatorForAYear(String scenario, StatusInput input, StatusResult expected) {
        assertThat(StatusCalculator.evaluate(input)).isEqualTo(expected);
    }

    @Test
    void anAssessmentDoesNotJudgeATargetThatIsNotAMilestone() {
        StatusInput assessedThreshold = new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.SUM, FIVE, null,
                target(">=446"), Assessment.ACHIEVED, Map.of(), Map.of());

        assertThat(StatusCalculator.evaluate(assessedThreshold).rag()).isEqualTo(Rag.GREY);
    }

    @Test
    void anIndicatorWithoutAToleranceGetsTheDefaultFivePercent() {
        StatusInput noTolerance = new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.SUM, null, null,
                target(">=446"), null, actuals("Q1=105.925"), Map.of());
        StatusInput justBeyond = new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.SUM, null, null,
                target(">=446"), null, actuals("Q1=105.92"), Map.of());

        assertThat(StatusCalculator.evaluate(noTolerance).rag()).isEqualTo(Rag.AMBER);
        assertThat(StatusCalculator.evaluate(justBeyond).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void theInputKeepsItsOwnCopyOfTheActuals() {
        Map<Quarter, BigDecimal> actuals = new HashMap<>(actuals("Q1=110"));
        StatusInput input = reablementWith(actuals);
        actuals.put(Quarter.Q2, new BigDecimal("1000"));

        assertThat(StatusCalculator.evaluate(input).quartersReported()).isEqualTo(1);
        assertThatThrownBy(() -> input.actuals().put(Quarter.Q3, BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aChangeTargetNeedsAPolarityOnceItCanBeResolved() {
        StatusInput noPolarity = new StatusInput(null, RollUp.LATEST, FIVE, BWC_BASELINE,
                new Target.Change(new BigDecimal("20"), null, ChangeReference.BASELINE), null, actuals("Q1=1"),
                Map.of());

        assertThatThrownBy(() -> StatusCalculator.evaluate(noPolarity)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("polarity");
    }

    private static StatusInput reablementWith(Map<Quarter, BigDecimal> actuals) {
        return new StatusInput(Polarity.HIGHER_IS_BETTER, RollUp.SUM, FIVE, null, target(">=446"), null, actuals,
                Map.of());
    }

    private static StatusResult result(String yearToDate, String forecast, Rag rag, Target effective, int quarters) {
        return new StatusResult(number(yearToDate), number(forecast), rag, effective, quarters);
    }
}
