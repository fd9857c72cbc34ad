package io.outturn.values;

import java.math.BigDecimal;

/**
 * Normalises measured values so that records compare by value: 12000 and 12000.0 are the same target,
 * and Jackson writes the plain form back.
 */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static BigDecimal require(BigDecimal value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return normalise(value);
    }
}
