package io.outturn.query.rules;

import io.outturn.values.Quarter;
import io.outturn.values.RollUp;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A year's figure rolled up from its quarterly actuals by the indicator's rule (DESIGN.md section 2): SUM adds
 * the reported quarters, LATEST takes the latest reported quarter, AVERAGE is their mean. Over the quarters
 * reported so far it is the year to date; once all four are in it is the year's outturn, {@link #complete()},
 * which a CHANGE target measured against that year resolves with. {@code value} is rounded as every computed
 * figure is ({@link Figures#value}).
 */
public record Outturn(BigDecimal value, int quartersReported) {

    /**
     * The figure over the quarters that have a value (a null value is a quarter not reported); empty before
     * any quarter is reported.
     */
    public static Optional<Outturn> of(RollUp rollUp, Map<Quarter, BigDecimal> actuals) {
        return rolledUp(rollUp, Figures.reported(actuals));
    }

    /** The year's outturn, only once all four quarters are reported. */
    public static Optional<Outturn> ofCompleteYear(RollUp rollUp, Map<Quarter, BigDecimal> actuals) {
        SortedMap<Quarter, BigDecimal> reported = Figures.reported(actuals);
        return reported.size() == Quarter.values().length ? rolledUp(rollUp, reported) : Optional.empty();
    }

    /** Whether all four quarters are in, so that this is the year's outturn and no longer a year to date. */
    public boolean complete() {
        return quartersReported == Quarter.values().length;
    }

    private static Optional<Outturn> rolledUp(RollUp rollUp, SortedMap<Quarter, BigDecimal> reported) {
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        Objects.requireNonNull(rollUp, "rollUp");
        BigDecimal value = switch (rollUp) {
            case SUM -> Figures.sum(reported);
            case LATEST -> reported.get(reported.lastKey());
            case AVERAGE -> Figures.sum(reported).divide(BigDecimal.valueOf(reported.size()), Figures.DIVISION);
        };
        return Optional.of(new Outturn(Figures.value(value), reported.size()));
    }
}
