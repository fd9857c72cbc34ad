package io.outturn.query.rules;

import io.outturn.values.Decimals;
import io.outturn.values.Quarter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The arithmetic conventions every rule shares, kept in one place so no calculator rounds its own way. */
final class Figures {

    static final MathContext DIVISION = MathContext.DECIMAL64;
    static final BigDecimal QUARTERS_IN_A_YEAR = BigDecimal.valueOf(Quarter.values().length);

    private static final int VALUE_SCALE = 6;
    private static final int PERCENT_SCALE = 2;

    private Figures() {
    }

    /** A computed value as every read model stores it: 6 decimal places, half-even, trailing zeros dropped. */
    static BigDecimal value(BigDecimal raw) {
        return Decimals.normalise(raw.setScale(VALUE_SCALE, RoundingMode.HALF_EVEN));
    }

    static BigDecimal percent(BigDecimal raw) {
        return Decimals.normalise(raw.setScale(PERCENT_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * The quarters that have a value, in quarter order. A null value is a quarter not reported rather than an
     * error, because read-model documents may carry empty slots.
     */
    static SortedMap<Quarter, BigDecimal> reported(Map<Quarter, BigDecimal> actuals) {
        SortedMap<Quarter, BigDecimal> reported = new TreeMap<>();
        if (actuals != null) {
            actuals.forEach((quarter, value) -> {
                if (quarter != null && value != null) {
                    reported.put(quarter, value);
                }
            });
        }
        return Collections.unmodifiableSortedMap(reported);
    }

    static BigDecimal sum(Map<Quarter, BigDecimal> reported) {
        return reported.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
