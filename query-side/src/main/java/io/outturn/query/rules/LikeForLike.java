package io.outturn.query.rules;

import io.outturn.values.Quarter;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year in progress against the same quarters of the year before, each rolled up the same way.
 * {@code changePercent} is null when the previous value is zero.
 */
public record LikeForLike(List<Quarter> quarters, BigDecimal value, BigDecimal previousValue, BigDecimal change,
                          BigDecimal changePercent, Direction direction) {

    public LikeForLike {
        quarters = List.copyOf(quarters);
    }
}
