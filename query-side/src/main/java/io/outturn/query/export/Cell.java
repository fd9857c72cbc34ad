package io.outturn.query.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/** One cell of an export, typed, as the writers take it. */
sealed interface Cell {

    Cell EMPTY = new Empty();

    static Cell text(Object value) {
        return value == null ? EMPTY : new Text(value.toString());
    }

    static Cell number(Number value) {
        if (value == null) {
            return EMPTY;
        }
        if (value instanceof BigDecimal decimal) {
            return new Decimal(decimal);
        }
        if (value instanceof BigInteger integer) {
            return new Decimal(new BigDecimal(integer));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new Decimal(BigDecimal.valueOf(value.longValue()));
        }
        throw new IllegalArgumentException("an export's numbers are exact: " + value.getClass().getSimpleName()
                + " is not accepted, give a BigDecimal");
    }

    static Cell time(Instant value) {
        return value == null ? EMPTY : new Time(value);
    }

    static Cell bool(Boolean value) {
        return value == null ? EMPTY : new Bool(value);
    }

    record Empty() implements Cell {
    }

    record Text(String value) implements Cell {
    }

    record Decimal(BigDecimal value) implements Cell {
    }

    record Time(Instant value) implements Cell {
    }

    record Bool(boolean value) implements Cell {
    }
}
