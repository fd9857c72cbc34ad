package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.outturn.query.eventstore.Basis;

import java.util.List;

/**
 * One page of status cards; {@code page} is 0-based and {@code total} counts all matching cards. {@code basis} says
 * which axes the cards were built on; absent from the live list.
 */
record KpiStatusPage(List<KpiStatusView> items, int page, int size, long total,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Basis basis) {
}
