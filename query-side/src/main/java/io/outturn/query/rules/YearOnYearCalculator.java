package io.outturn.query.rules;

import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Year-on-year comparison (DESIGN.md section 2). Choices where the design is silent:
 * <ul>
 *     <li>"the previous year" is the financial year immediately before; a gap in the record gives no
 *     comparison rather than one against an older year that would be read as year-on-year;</li>
 *     <li>only like is compared with like: a complete year with a complete previous year, a year in progress
 *     with the same quarters of the previous year; a complete year after an incomplete one is not compared;</li>
 *     <li>a within-range indicator improves when it moves closer to the midpoint of that year's RANGE target
 *     (for a SUM over part of a year, the midpoint pro rata); without a RANGE target its direction is
 *     UNCHANGED when the figures are equal and otherwise null, because which way is better is then unknown.</li>
 * </ul>
 */
public final class YearOnYearCalculator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private YearOnYearCalculator() {
    }

    /** One comparison per financial year with at least one actual, oldest first. */
    public static List<YearComparison> compare(YearOnYearInput input) {
        List<YearComparison> comparisons = new ArrayList<>();
        SortedMap<FinancialYear, Map<Quarter, BigDecimal>> years = input.actualsByYear();
        years.forEach((fy, actuals) -> {
            SortedMap<Quarter, BigDecimal> reported = Figures.reported(actuals);
            if (!reported.isEmpty()) {
                comparisons.add(compareYear(input, fy, reported, Figures.reported(years.get(fy.previous()))));
            }
        });
        return List.copyOf(comparisons);
    }

    private static YearComparison compareYear(YearOnYearInput input, FinancialYear fy,
                                              SortedMap<Quarter, BigDecimal> reported,
                                              SortedMap<Quarter, BigDecimal> previous) {
        Outturn outturn = Outturn.of(input.rollUp(), reported).orElseThrow();
        int quarters = outturn.quartersReported();
        if (outturn.complete() && previous.size() == quarters) {
            BigDecimal previousOutturn = Outturn.of(input.rollUp(), previous).orElseThrow().value();
            Direction direction = direction(input, fy, quarters, outturn.value(), previousOutturn);
            return new YearComparison(fy, outturn.value(), quarters, change(outturn.value(), previousOutturn),
                    changePercent(outturn.value(), previousOutturn), direction, null);
        }
        if (!outturn.complete() && !previous.isEmpty() && previous.keySet().containsAll(reported.keySet())) {
            LikeForLike likeForLike = likeForLike(input, fy, reported, outturn.value(), previous);
            return new YearComparison(fy, outturn.value(), quarters, likeForLike.change(),
                    likeForLike.changePercent(), likeForLike.direction(), likeForLike);
        }
        return new YearComparison(fy, outturn.value(), quarters, null, null, null, null);
    }

    /** {@code value} is the year to date over the {@code reported} quarters. */
    private static LikeForLike likeForLike(YearOnYearInput input, FinancialYear fy,
                                           SortedMap<Quarter, BigDecimal> reported, BigDecimal value,
                                           SortedMap<Quarter, BigDecimal> previous) {
        List<Quarter> quarters = List.copyOf(reported.keySet());
        SortedMap<Quarter, BigDecimal> sameQuarters = new TreeMap<>(previous);
        sameQuarters.keySet().retainAll(reported.keySet());
        BigDecimal previousValue = Outturn.of(input.rollUp(), sameQuarters).orElseThrow().value();
        return new LikeForLike(quarters, value, previousValue, change(value, previousValue),
                changePercent(value, previousValue), direction(input, fy, quarters.size(), value, previousValue));
    }

    private static BigDecimal change(BigDecimal value, BigDecimal previous) {
        return Figures.value(value.subtract(previous));
    }

    /** Relative to the size of the previous figure, so the sign always follows the change. */
    private static BigDecimal changePercent(BigDecimal value, BigDecimal previous) {
        if (previous.signum() == 0) {
            return null;
        }
        return Figures.percent(value.subtract(previous).movePointRight(2).divide(previous.abs(), Figures.DIVISION));
    }

    private static Direction direction(YearOnYearInput input, FinancialYear fy, int quarters, BigDecimal value,
                                       BigDecimal previous) {
        int movement = value.compareTo(previous);
        if (movement == 0) {
            return Direction.UNCHANGED;
        }
        Polarity polarity = input.polarity();
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            return movement > 0 ? Direction.IMPROVED : Direction.WORSENED;
        }
        if (polarity == Polarity.LOWER_IS_BETTER) {
            return movement < 0 ? Direction.IMPROVED : Direction.WORSENED;
        }
        if (polarity == Polarity.WITHIN_RANGE && input.targetByYear().get(fy) instanceof Target.Range range) {
            BigDecimal midpoint = midpoint(range, input.rollUp(), quarters);
            int closer = value.subtract(midpoint).abs().compareTo(previous.subtract(midpoint).abs());
            if (closer == 0) {
                return Direction.UNCHANGED;
            }
            return closer < 0 ? Direction.IMPROVED : Direction.WORSENED;
        }
        return null;
    }

    /** A SUM over part of a year is set against the same share of the yearly range. */
    private static BigDecimal midpoint(Target.Range range, RollUp rollUp, int quarters) {
        BigDecimal midpoint = range.low().add(range.high()).divide(TWO, Figures.DIVISION);
        if (rollUp == RollUp.SUM) {
            midpoint = midpoint.multiply(BigDecimal.valueOf(quarters))
                    .divide(Figures.QUARTERS_IN_A_YEAR, Figures.DIVISION);
        }
        return midpoint;
    }
}
