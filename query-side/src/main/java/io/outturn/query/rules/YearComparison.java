package io.outturn.query.rules;

import io.outturn.values.FinancialYear;

import java.math.BigDecimal;

/**
 * One financial year beside the one before. {@code outturn} is the year to date over the reported quarters.
 * {@code change}, {@code changePercent} and {@code direction} are null when there is nothing comparable to
 * compare with; for a year in progress they are the like-for-like figures, so part of a year is never set
 * against a whole one. {@code likeForLike} is null unless the year is in progress and the year before has the
 * same quarters.
 */
public record YearComparison(FinancialYear fy, BigDecimal outturn, int quartersReported, BigDecimal change,
                             BigDecimal changePercent, Direction direction, LikeForLike likeForLike) {
}
