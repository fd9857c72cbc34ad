package io.outturn.command.imports;

import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static io.outturn.values.Polarity.HIGHER_IS_BETTER;
import static io.outturn.values.Polarity.LOWER_IS_BETTER;
import static io.outturn.values.Polarity.WITHIN_RANGE;
import static io.outturn.values.Unit.COUNT;
import static io.outturn.values.Unit.GBP;
import static io.outturn.values.Unit.PERCENT;
import static io.outturn.values.Unit.RATE_PER_1000;
import static io.outturn.values.Unit.RATIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every notation the seed plans print, taken from the plans' own cells (see shared/data/kpis.csv). */
class TargetNotationParserTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aBareFigureIsAFloorForAHigherIsBetterIndicator() {
        // seed 001, NI130 "No of people on a personal budget", 2011/12
        PrintedTarget parsed = TargetNotationParser.parse("12,000", HIGHER_IS_BETTER, COUNT);

        assertThat(parsed.target()).isEqualTo(new Target.AtLeast(n("12000"), true));
        assertThat(parsed.printed()).isEqualTo("12,000");
    }

    @Test
    void aBareFigureIsACeilingForALowerIsBetterIndicator() {
        // seed 003, A1 & BV49 "children looked after with 3+ placements", 2000/01
        assertThat(TargetNotationParser.parse("16", LOWER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.AtMost(n("16"), true));
    }

    @Test
    void aBarePercentageIsAThresholdByPolarity() {
        // seed 001, SG KPI1 repeat alerts (reduce) 18% and PB KPI4 outcomes met (increase) 80%
        assertThat(TargetNotationParser.parse("18%", LOWER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.AtMost(n("18"), true));
        assertThat(TargetNotationParser.parse("80%", HIGHER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.AtLeast(n("80"), true));
    }

    @Test
    void aBarePercentageForAnIndicatorThatCountsIsAChangeTheGoodWay() {
        // seed 001, ASC 008 KPI6 "Increase the number of people returning to their own home": 10%
        assertThat(TargetNotationParser.parse("10%", HIGHER_IS_BETTER, COUNT).target())
                .isEqualTo(new Target.Change(n("10"), null, ChangeReference.BASELINE));
        // ASC 008 KPI5 "Reduction in number of avoidable hospital admissions": 40%
        assertThat(TargetNotationParser.parse("40%", LOWER_IS_BETTER, COUNT).target())
                .isEqualTo(new Target.Change(n("-40"), null, ChangeReference.BASELINE));
    }

    @Test
    void decimalsAreKeptExactly() {
        // seed 003, S6 per 1000 people aged 75+: 86.0; C18 cautions ratio 1.8
        assertThat(TargetNotationParser.parse("86.0", HIGHER_IS_BETTER, RATE_PER_1000).target())
                .isEqualTo(new Target.AtLeast(n("86"), true));
        assertThat(TargetNotationParser.parse("1.8", LOWER_IS_BETTER, RATIO).target())
                .isEqualTo(new Target.AtMost(n("1.8"), true));
    }

    @ParameterizedTest(name = "''{0}'' is at least {1}")
    @CsvSource(delimiter = '|', value = {
            "75+       | 75   | PERCENT",   // seed 003, B7 / S3b family placements
            "1+        | 1    | RATIO",     // seed 003, E45 ethnicity of children in need
            "4447+     | 4447 | COUNT",     // seed 003, C32 elderly people helped to live at home
            "90%+      | 90   | PERCENT",   // seed 000, KPR19 "To meet 90%+ satisfaction rates."
            "not less than 82.5% | 82.5 | PERCENT", // seed 000, KPR13
            "no fewer than 1,245 | 1245 | COUNT"})  // seed 000, KPR14
    void floorsAreInclusive(String printed, String value, io.outturn.values.Unit unit) {
        assertThat(TargetNotationParser.parse(printed, HIGHER_IS_BETTER, unit).target())
                .isEqualTo(new Target.AtLeast(n(value), true));
    }

    @Test
    void aStrictFloorIsNotInclusive() {
        // seed 003, D35 children in foster placement for 2+ years, 2000/01
        assertThat(TargetNotationParser.parse(">60", HIGHER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.AtLeast(n("60"), false));
    }

    @Test
    void aStrictCeilingIsNotInclusive() {
        // seed 003, C21 de-registrations after 2+ years; A6 psychiatric re-admissions
        assertThat(TargetNotationParser.parse("<5", LOWER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.AtMost(n("5"), false));
        assertThat(TargetNotationParser.parse("<12.3", LOWER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.AtMost(n("12.3"), false));
    }

    @Test
    void noMoreThanIsAnInclusiveCeiling() {
        assertThat(TargetNotationParser.parse("no more than 10%", LOWER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.AtMost(n("10"), true));
    }

    @ParameterizedTest(name = "''{0}'' is {1} to {2}")
    @CsvSource(delimiter = '|', value = {
            "350-370    | 350  | 370",   // seed 003, B8 & BV51 weekly cost of placing a child
            "2100- 2300 | 2100 | 2300",  // seed 003, B9 children's homes, printed with a stray space
            "2100-2300  | 2100 | 2300",
            "6-8        | 6    | 8",     // seed 003, A3 child protection re-registrations
            "4 - 5      | 4    | 5",     // seed 002 "That 4 - 5 people with a learning difficulty ..."
            "320\u2013350 | 320 | 350"}) // an en dash as word processors print it
    void rangesAreReadWithAnySpacing(String printed, String low, String high) {
        assertThat(TargetNotationParser.parse(printed, WITHIN_RANGE, COUNT).target())
                .isEqualTo(new Target.Range(n(low), n(high)));
    }

    @Test
    void aRangeWhoseLowEndIsAboveItsHighEndIsRejected() {
        assertThatThrownBy(() -> TargetNotationParser.parse("370-350", WITHIN_RANGE, GBP))
                .isInstanceOf(NotationException.class)
                .hasMessageContaining("370");
    }

    @ParameterizedTest(name = "''{0}'' is a change of {1}% against the baseline")
    @CsvSource(delimiter = '|', value = {
            "+20%  | 20",   // seed 001, TS KPI4 Buy With Confidence traders
            "+10%  | 10",   // seed 001, TS KPI2 intelligence submissions
            "+ 5%  | 5",    // seed 001, CarersPB KPI3 carers using assistive technology
            "-5%   | -5",
            "reduce by 5%   | -5",
            "increase by 10% | 10"})
    void percentageChangesAreSigned(String printed, String percent) {
        assertThat(TargetNotationParser.parse(printed, HIGHER_IS_BETTER, COUNT).target())
                .isEqualTo(new Target.Change(n(percent), null, ChangeReference.BASELINE));
    }

    @Test
    void aChangeAgainstANamedYearIsResolvedAgainstThatYearsOutturn() {
        ChangeReference against200405 = ChangeReference.outturnOf(FinancialYear.parse("2004-05"));

        assertThat(TargetNotationParser.parse("reduce by 5% compared to 2004/05", LOWER_IS_BETTER, COUNT).target())
                .isEqualTo(new Target.Change(n("-5"), null, against200405));
        // seed 002, as printed: the sentence names the year in brackets
        assertThat(TargetNotationParser.parse(
                "Reduce the number of delayed hospital discharges by 5% (compared to 2004/05)",
                LOWER_IS_BETTER, COUNT).target())
                .isEqualTo(new Target.Change(n("-5"), null, against200405));
    }

    @Test
    void moneyIsReadInPoundsWhateverTheScaleItIsPrintedIn() {
        // seed 001, ASC-004 KPI1 net expenditure on day services (reduce), and ASC 008 KPI2/KPI8
        assertThat(TargetNotationParser.parse("\u00a317.2m", LOWER_IS_BETTER, GBP).target())
                .isEqualTo(new Target.AtMost(n("17200000"), true));
        assertThat(TargetNotationParser.parse("\u00a3213K", HIGHER_IS_BETTER, GBP).target())
                .isEqualTo(new Target.AtLeast(n("213000"), true));
        assertThat(TargetNotationParser.parse("\u00a31.08M", HIGHER_IS_BETTER, GBP).target())
                .isEqualTo(new Target.AtLeast(n("1080000"), true));
        assertThat(TargetNotationParser.parse("\u00a363,833,000", HIGHER_IS_BETTER, GBP).target())
                .isEqualTo(new Target.AtLeast(n("63833000"), true));
    }

    @Test
    void moneyForAnIndicatorThatIsNotMoneyIsRejected() {
        assertThatThrownBy(() -> TargetNotationParser.parse("\u00a317.2m", LOWER_IS_BETTER, COUNT))
                .isInstanceOf(NotationException.class)
                .hasMessageContaining("money");
    }

    @Test
    void aPercentageThresholdForAnIndicatorThatIsNotAPercentageIsRejected() {
        assertThatThrownBy(() -> TargetNotationParser.parse("90%+", HIGHER_IS_BETTER, COUNT))
                .isInstanceOf(NotationException.class)
                .hasMessageContaining("percentage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tbc", "Tbc", "TBC", "to be confirmed"}) // seed 001 prints both tbc and Tbc
    void toBeConfirmedInAnyCase(String printed) {
        PrintedTarget parsed = TargetNotationParser.parse(printed, HIGHER_IS_BETTER, COUNT);

        assertThat(parsed.target()).isEqualTo(new Target.ToBeConfirmed());
        assertThat(parsed.printed()).isEqualTo(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Complete roll out", "Monitor & amend", "doubling the number of patients on the register"})
    void freeTextIsAMilestoneDescribedByTheText(String printed) {
        // seed 001, CarersPB KPI1 (2011/12 and 2012/13) and the dementia register ambition
        PrintedTarget parsed = TargetNotationParser.parse(printed, HIGHER_IS_BETTER, COUNT);

        assertThat(parsed.target()).isEqualTo(new Target.Milestone(printed));
        assertThat(parsed.printed()).isEqualTo(printed);
    }

    @Test
    void theTextIsKeptAsPrintedWithoutSurroundingSpace() {
        assertThat(TargetNotationParser.parse("  2100- 2300 ", WITHIN_RANGE, GBP).printed()).isEqualTo("2100- 2300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-", "n/a", "N/A"})
    void aCellThatGivesNoTargetIsAnError(String printed) {
        assertThatThrownBy(() -> TargetNotationParser.parse(printed, HIGHER_IS_BETTER, COUNT))
                .isInstanceOf(NotationException.class);
    }

    @Test
    void aSingleValueForAWithinRangeIndicatorIsAnError() {
        assertThatThrownBy(() -> TargetNotationParser.parse("350", WITHIN_RANGE, GBP))
                .isInstanceOf(NotationException.class)
                .hasMessageContaining("range");
    }

    @Test
    void aSentenceWithOneComparativeIsReadAsThatComparative() {
        // seed 000 KPR13, KPR19, KPR14, KPR21 and seed 002's looked-after placements, all as printed
        assertThat(TargetNotationParser.parse(
                "To complete assessments within DoH timescales in not less than 82.5% of cases.",
                HIGHER_IS_BETTER, PERCENT).target()).isEqualTo(new Target.AtLeast(n("82.5"), true));
        assertThat(TargetNotationParser.parse("To meet 90%+ satisfaction rates.", HIGHER_IS_BETTER, PERCENT)
                .target()).isEqualTo(new Target.AtLeast(n("90"), true));
        assertThat(TargetNotationParser.parse("To provide intensive home care to no fewer than 1,245 households "
                + "(9.6 per 1,000 population i.e. additional 48 service users).", HIGHER_IS_BETTER, COUNT)
                .target()).isEqualTo(new Target.AtLeast(n("1245"), true));
        assertThat(TargetNotationParser.parse(
                "To reduce the incidence of absence through musculo-skeletal injury by 5%.",
                LOWER_IS_BETTER, COUNT).target()).isEqualTo(new Target.Change(n("-5"), null, null));
        assertThat(TargetNotationParser.parse("Ensure that no more than 10% of children looked after have three "
                + "or more placements during each year", LOWER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.AtMost(n("10"), true));
    }

    @Test
    void halvesAsThePlansPrintThemAreExact() {
        // seed 002: "Aim for at least 6½% of looked after children to be adopted"
        assertThat(TargetNotationParser.parse("Aim for at least 6\u00bd% of looked after children to be adopted",
                HIGHER_IS_BETTER, PERCENT).target()).isEqualTo(new Target.AtLeast(n("6.5"), true));
    }

    @Test
    void aNumberInProseThatIsNotInTheIndicatorsUnitIsNotTakenForTheTarget() {
        // seed 002: the 1 is a count of GNVQs, the indicator is a percentage: a person has to read this one
        String printed = "Increase the proportion of young people leaving care with at least 1 GNVQ or GCSE Grade "
                + "A*-G to 59%";
        assertThat(TargetNotationParser.parse(printed, HIGHER_IS_BETTER, PERCENT).target())
                .isEqualTo(new Target.Milestone(printed));
    }

    @Test
    void aSentenceWithTwoReadingsIsAMilestone() {
        // seed 002: a reduction by 30 and a target of 531 in one sentence
        String printed = "Reduce the number of children looked after by a further 30 by the end of 2005 to a target "
                + "of 531 (from baseline figure of 586 at the 31/3/2003)";
        assertThat(TargetNotationParser.parse(printed, LOWER_IS_BETTER, COUNT).target())
                .isEqualTo(new Target.Milestone(printed));
    }

    @Test
    void aDeadlineIsNotAnAmount() {
        String printed = "Reduce the number of people waiting by 2014";
        assertThat(TargetNotationParser.parse(printed, LOWER_IS_BETTER, COUNT).target())
                .isEqualTo(new Target.Milestone(printed));
    }

    @Test
    void quantitiesForBaselinesAreReadInThePlansNotations() {
        assertThat(TargetNotationParser.quantity("7,000", COUNT)).isEqualByComparingTo("7000");
        assertThat(TargetNotationParser.quantity("11.8%", PERCENT)).isEqualByComparingTo("11.8");
        assertThat(TargetNotationParser.quantity("\u00a366.7M", GBP)).isEqualByComparingTo("66700000");
        assertThat(TargetNotationParser.quantity("\u00a3 17.8 m", GBP)).isEqualByComparingTo("17800000");
        assertThatThrownBy(() -> TargetNotationParser.quantity("354 BWC traders", COUNT))
                .isInstanceOf(NotationException.class);
    }
}
