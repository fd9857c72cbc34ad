package io.outturn.values;

import java.math.BigDecimal;

/**
 * How far, in percent of the threshold, an indicator may miss its target and still be AMBER rather than RED.
 * Indicators that name none have {@link #DEFAULT}: the one place the default is written.
 */
public record Tolerance(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Five percent, the amber band the plans use when they say nothing else. */
    public static final Tolerance DEFAULT = new Tolerance(BigDecimal.valueOf(5));

    public Tolerance {
        if (percent == null) {
            throw new IllegalArgumentException("tolerance percent is missing");
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("tolerance must be from 0 to 100 percent, not " + percent.toPlainString());
        }
        percent = Decimals.normalise(percent);
    }

    /** The indicator's tolerance: {@code percent} when it names one, otherwise {@link #DEFAULT}. */
    public static Tolerance ofPercentOrDefault(BigDecimal percent) {
        return percent == null ? DEFAULT : new Tolerance(percent);
    }
}
