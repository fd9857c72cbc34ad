package io.outturn.query.yoy;

import io.outturn.query.indicator.TargetView;
import io.outturn.query.rules.Direction;
import io.outturn.query.rules.LikeForLike;
import io.outturn.values.FinancialYear;
import io.outturn.values.Rag;

import java.math.BigDecimal;

/**
 * One financial year in an indicator's year-on-year series, with that year's target and RAG as its status card
 * shows them. {@code change}, {@code changePercent} and {@code direction} are null when there is nothing like
 * for like to compare with; {@code likeForLike} is set for a year in progress compared over the same quarters.
 */
record YearOnYearEntry(FinancialYear fy, BigDecimal outturn, int quartersReported, TargetView target,
                              Rag rag, BigDecimal change, BigDecimal changePercent, Direction direction,
                              LikeForLike likeForLike) {
}
