package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.outturn.query.eventstore.Basis;

/**
 * A status card built on a basis other than now: the card's own fields, and beside them {@code basis}, the axes it
 * was built on ({@code asOf}, {@code inForceAt}, each present only when asked for). The live card has no
 * {@code basis}.
 */
record KpiStatusOnBasis(@JsonUnwrapped KpiStatusView card, Basis basis) {
}
