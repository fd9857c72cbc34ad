package io.outturn.query.rules;

import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.outturn.query.rules.Direction.IMPROVED;
import static io.outturn.query.rules.Direction.UNCHANGED;
import static io.outturn.query.rules.Direction.WORSENED;
import static io.outturn.query.rules.Fixtures.actuals;
import static io.outturn.query.rules.Fixtures.fy;
import static io.outturn.query.rules.Fixtures.number;
import static io.outturn.query.rules.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Year-on-year series. Quarterly figures are ours, shaped on the seeds: reablement (higher is better, 403 in
 * 2009-10), safeguarding repeat alerts (lower is better, 20% falling to 18%), B8 gross weekly cost (350-370).
 */
class YearOnYearCalculatorTest {

    private static final String REABLEMENT_2009_10 = "2009-10: Q1=100 Q2=101 Q3=100 Q4=102";
    private static final String REABLEMENT_2010_11 = "2010-11: Q1=105 Q2=110 Q3=108 Q4=111";
    private static final String REABLEMENT_2011_12 = "2011-12: Q1=110 Q2=115 Q3=112 Q4=109";
    private static final String ALERTS_2010_11 = "2010-11: Q1=21 Q2=20.5 Q3=20.2 Q4=20";
    private static final String ALERTS_2011_12 = "2011-12: Q1=19.5 Q2=18.7 Q3=18.2 Q4=17.9";
    private static final String COST_1999_00 = "1999-00: Q1=345 Q2=348 Q3=352 Q4=355";
    private static final String COST_2000_01 = "2000-01: Q1=356 Q2=359 Q3=362 Q4=363";
    private static final Map<FinancialYear, Target> B8_RANGES = Map.of(
            fy("2000-01"), target("350..370"), fy("2001-02"), target("350..370"), fy("2002-03"), target("350..370"));

    static Stream<Arguments> series() {
        return Stream.of(
                arguments("reablement rising over complete years, then like for like in 2012-13",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(), REABLEMENT_2009_10, REABLEMENT_2010_11,
                                REABLEMENT_2011_12, "2012-13: Q1=120 Q2=125"),
                        List.of(alone("2009-10", "403", 4),
                                versusPrevious("2010-11", "434", 4, "31", "7.69", IMPROVED),
                                versusPrevious("2011-12", "446", 4, "12", "2.76", IMPROVED),
                                inProgress("2012-13", "245", "Q1 Q2", "225", "20", "8.89", IMPROVED))),
                arguments("reablement falling back over a complete year",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(), REABLEMENT_2011_12,
                                "2012-13: Q1=100 Q2=100 Q3=100 Q4=100"),
                        List.of(alone("2011-12", "446", 4),
                                versusPrevious("2012-13", "400", 4, "-46", "-10.31", WORSENED))),
                arguments("a first quarter is set against the last first quarter, not the whole last year",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(), REABLEMENT_2011_12,
                                "2012-13: Q1=100"),
                        List.of(alone("2011-12", "446", 4),
                                inProgress("2012-13", "100", "Q1", "110", "-10", "-9.09", WORSENED))),
                arguments("the same outturn again is unchanged",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(), REABLEMENT_2009_10,
                                "2010-11: Q1=103 Q2=100 Q3=100 Q4=100"),
                        List.of(alone("2009-10", "403", 4),
                                versusPrevious("2010-11", "403", 4, "0", "0", UNCHANGED))),
                arguments("S8c(iii) up from a zero year has no percentage",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(), "2000-01: Q1=0 Q2=0 Q3=0 Q4=0",
                                "2001-02: Q1=1 Q2=1 Q3=1 Q4=1"),
                        List.of(alone("2000-01", "0", 4),
                                versusPrevious("2001-02", "4", 4, "4", null, IMPROVED))),
                arguments("a negative outturn: the percentage follows the change, not the sign of the base",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(),
                                "2010-11: Q1=-2.5 Q2=-2.5 Q3=-2.5 Q4=-2.5",
                                "2011-12: Q1=-1.25 Q2=-1.25 Q3=-1.25 Q4=-1.25"),
                        List.of(alone("2010-11", "-10", 4),
                                versusPrevious("2011-12", "-5", 4, "5", "50", IMPROVED))),
                arguments("repeat alerts falling is an improvement, also like for like",
                        input(Polarity.LOWER_IS_BETTER, RollUp.LATEST, Map.of(), ALERTS_2010_11, ALERTS_2011_12,
                                "2012-13: Q1=18.4"),
                        List.of(alone("2010-11", "20", 4),
                                versusPrevious("2011-12", "17.9", 4, "-2.1", "-10.5", IMPROVED),
                                inProgress("2012-13", "18.4", "Q1", "19.5", "-1.1", "-5.64", IMPROVED))),
                arguments("repeat alerts rising is worse, over a year and like for like",
                        input(Polarity.LOWER_IS_BETTER, RollUp.LATEST, Map.of(), ALERTS_2011_12,
                                "2012-13: Q1=18 Q2=18.2 Q3=18.4 Q4=18.5", "2013-14: Q1=19.9"),
                        List.of(alone("2011-12", "17.9", 4),
                                versusPrevious("2012-13", "18.5", 4, "0.6", "3.35", WORSENED),
                                inProgress("2013-14", "19.9", "Q1", "18", "1.9", "10.56", WORSENED))),
                arguments("a snapshot with a quarter missing is compared on the quarters it has",
                        input(Polarity.LOWER_IS_BETTER, RollUp.LATEST, Map.of(), ALERTS_2010_11,
                                "2011-12: Q3=18.2 Q1=19.5"),
                        List.of(alone("2010-11", "20", 4),
                                inProgress("2011-12", "18.2", "Q1 Q3", "20.2", "-2", "-9.9", IMPROVED))),
                arguments("gross weekly cost moving into the middle of 350-370 improves, drifting above worsens",
                        input(Polarity.WITHIN_RANGE, RollUp.AVERAGE, B8_RANGES, COST_1999_00, COST_2000_01,
                                "2001-02: Q1=372 Q2=374"),
                        List.of(alone("1999-00", "350", 4),
                                versusPrevious("2000-01", "360", 4, "10", "2.86", IMPROVED),
                                inProgress("2001-02", "373", "Q1 Q2", "357.5", "15.5", "4.34", WORSENED))),
                arguments("gross weekly cost as far from the midpoint on the other side is unchanged",
                        input(Polarity.WITHIN_RANGE, RollUp.AVERAGE, B8_RANGES,
                                "2000-01: Q1=355 Q2=355 Q3=355 Q4=355", "2001-02: Q1=365 Q2=365 Q3=365 Q4=365"),
                        List.of(alone("2000-01", "355", 4),
                                versusPrevious("2001-02", "365", 4, "10", "2.82", UNCHANGED))),
                arguments("within range with no range target: unchanged when equal, otherwise no direction",
                        input(Polarity.WITHIN_RANGE, RollUp.AVERAGE, Map.of(fy("2002-03"), target(">=350")),
                                COST_2000_01, "2001-02: Q1=355 Q2=365 Q3=358 Q4=362",
                                "2002-03: Q1=362 Q2=362 Q3=362 Q4=362"),
                        List.of(alone("2000-01", "360", 4),
                                versusPrevious("2001-02", "360", 4, "0", "0", UNCHANGED),
                                versusPrevious("2002-03", "362", 4, "2", "0.56", null))),
                arguments("within range summed over half a year is judged against half the range",
                        input(Polarity.WITHIN_RANGE, RollUp.SUM, Map.of(fy("2012-13"), target("1000..1200")),
                                "2011-12: Q1=270 Q2=280 Q3=275 Q4=275", "2012-13: Q1=290 Q2=300"),
                        List.of(alone("2011-12", "1100", 4),
                                inProgress("2012-13", "590", "Q1 Q2", "550", "40", "7.27", WORSENED))),
                arguments("a gap year breaks the comparison; a year of empty quarters is no year",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(), REABLEMENT_2009_10, "2010-11: -",
                                REABLEMENT_2011_12),
                        List.of(alone("2009-10", "403", 4), alone("2011-12", "446", 4))),
                arguments("a year in progress is not compared when the year before lacks its quarters",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(), "2010-11: Q1=105 Q3=108 Q4=111",
                                "2011-12: Q1=110 Q2=115"),
                        List.of(alone("2010-11", "324", 3), alone("2011-12", "225", 2))),
                arguments("a complete year is not compared with an incomplete one",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of(), "2010-11: Q1=105 Q3=108 Q4=111",
                                REABLEMENT_2011_12),
                        List.of(alone("2010-11", "324", 3), alone("2011-12", "446", 4))),
                arguments("nothing recorded, nothing compared",
                        input(Polarity.HIGHER_IS_BETTER, RollUp.SUM, Map.of()), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void comparesEachYearWithTheOneBefore(String scenario, YearOnYearInput input, List<YearComparison> expected) {
        assertThat(YearOnYearCalculator.compare(input)).isEqualTo(expected);
    }

    @Test
    void yearsComeOutOldestFirstWhateverOrderTheyGoIn() {
        SortedMap<FinancialYear, Map<Quarter, BigDecimal>> newestFirst = new TreeMap<>(Comparator.reverseOrder());
        newestFirst.put(fy("2011-12"), actuals("Q1=110 Q2=115 Q3=112 Q4=109"));
        newestFirst.put(fy("2010-11"), actuals("Q1=105 Q2=110 Q3=108 Q4=111"));

        List<YearComparison> comparisons = YearOnYearCalculator.compare(
                new YearOnYearInput(Polarity.HIGHER_IS_BETTER, RollUp.SUM, newestFirst, null));

        assertThat(comparisons).extracting(YearComparison::fy).containsExactly(fy("2010-11"), fy("2011-12"));
        assertThat(comparisons.get(1).change()).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void aQuarterWithoutAValueIsNotReported() {
        Map<Quarter, BigDecimal> withEmptySlot = new HashMap<>(actuals("Q1=110"));
        withEmptySlot.put(Quarter.Q2, null);
        SortedMap<FinancialYear, Map<Quarter, BigDecimal>> years = new TreeMap<>();
        years.put(fy("2011-12"), withEmptySlot);

        List<YearComparison> comparisons = YearOnYearCalculator.compare(
                new YearOnYearInput(Polarity.HIGHER_IS_BETTER, RollUp.SUM, years, Map.of()));

        assertThat(comparisons).containsExactly(alone("2011-12", "110", 1));
    }

    /** Each year as {@code "2011-12: Q1=110 Q2=115"}. */
    private static YearOnYearInput input(Polarity polarity, RollUp rollUp, Map<FinancialYear, Target> targets,
                                         String... years) {
        SortedMap<FinancialYear, Map<Quarter, BigDecimal>> actualsByYear = new TreeMap<>();
        for (String year : years) {
            String[] parts = year.split(":", 2);
            actualsByYear.put(fy(parts[0]), actuals(parts[1]));
        }
        return new YearOnYearInput(polarity, rollUp, actualsByYear, targets);
    }

    private static YearComparison alone(String fy, String outturn, int quarters) {
        return new YearComparison(fy(fy), number(outturn), quarters, null, null, null, null);
    }

    private static YearComparison versusPrevious(String fy, String outturn, int quarters, String change,
                                                 String changePercent, Direction direction) {
        return new YearComparison(fy(fy), number(outturn), quarters, number(change), number(changePercent),
                direction, null);
    }

    private static YearComparison inProgress(String fy, String outturn, String quarters, String previousValue,
                                             String change, String changePercent, Direction direction) {
        List<Quarter> sameQuarters = Arrays.stream(quarters.split(" ")).map(Quarter::parse).toList();
        LikeForLike likeForLike = new LikeForLike(sameQuarters, number(outturn), number(previousValue),
                number(change), number(changePercent), direction);
        return new YearComparison(fy(fy), number(outturn), sameQuarters.size(), number(change),
                number(changePercent), direction, likeForLike);
    }
}
