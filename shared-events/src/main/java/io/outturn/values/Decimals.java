package io.outturn.values;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Normalises measured values so that records compare by value: 12000 and 12000.0 are the same target,
 * and Jackson writes the plain form back.
 */
public final class Decimals {

    /** Up to this many digits the JDK's own stripping is as fast as anything. */
    private static final int SMALL_PRECISION = 40;

    private Decimals() {
    }

    public static BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = stripTrailingZeros(value);
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * What {@link BigDecimal#stripTrailingZeros()} gives, in time that does not grow with the square of the digits:
     * the JDK divides by ten once per trailing zero, which took over ten seconds for a target stored by an earlier
     * version as a number of 100,001 digits (issue 9), every time the event was read. Here the zeros are counted in
     * the digits' text and removed with one division.
     */
    public static BigDecimal stripTrailingZeros(BigDecimal value) {
        if (value.precision() <= SMALL_PRECISION) {
            return value.stripTrailingZeros();
        }
        String digits = value.unscaledValue().toString();
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(digits.length() - 1 - zeros) == '0') {
            zeros++;
        }
        if (zeros == 0) {
            return value;
        }
        BigInteger unscaled = value.unscaledValue().divide(BigInteger.TEN.pow(zeros));
        return new BigDecimal(unscaled, Math.subtractExact(value.scale(), zeros));
    }

    public static BigDecimal require(BigDecimal value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return normalise(value);
    }
}
