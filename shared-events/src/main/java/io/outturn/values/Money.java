package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An exact amount in pounds sterling, to the penny. Plans print £000; importers scale before constructing. */
public record Money(BigDecimal pounds) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (pounds == null) {
            throw new IllegalArgumentException("amount is missing");
        }
        if (Decimals.stripTrailingZeros(pounds).scale() > 2) {
            throw new IllegalArgumentException("amount " + pounds.toPlainString() + " has fractions of a penny");
        }
        pounds = pounds.setScale(2, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Money of(BigDecimal pounds) {
        return new Money(pounds);
    }

    public static Money of(String pounds) {
        return new Money(new BigDecimal(pounds));
    }

    public static Money ofThousands(BigDecimal thousands) {
        return new Money(thousands.multiply(BigDecimal.valueOf(1000)));
    }

    public Money plus(Money other) {
        return new Money(pounds.add(other.pounds));
    }

    public Money minus(Money other) {
        return new Money(pounds.subtract(other.pounds));
    }

    public boolean isNegative() {
        return pounds.signum() < 0;
    }

    @JsonValue
    public BigDecimal value() {
        return pounds;
    }

    @Override
    public int compareTo(Money other) {
        return pounds.compareTo(other.pounds);
    }

    @Override
    public String toString() {
        return "£" + pounds.toPlainString();
    }
}
