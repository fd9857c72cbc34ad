package io.outturn.query.rules;

import io.outturn.values.Rag;
import io.outturn.values.Target;

import java.math.BigDecimal;

/**
 * The judgement of one indicator in one financial year. {@code yearToDate} and {@code forecastOutturn} are null
 * before any actual; {@code effectiveTarget} is the target judged (a CHANGE resolved to AT_LEAST or AT_MOST),
 * null when there is no target or a CHANGE cannot be resolved yet.
 */
public record StatusResult(BigDecimal yearToDate, BigDecimal forecastOutturn, Rag rag, Target effectiveTarget,
                           int quartersReported) {
}
