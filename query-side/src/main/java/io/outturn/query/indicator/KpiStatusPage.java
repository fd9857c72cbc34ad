package io.outturn.query.indicator;


import java.util.List;

/** One page of status cards; {@code page} is 0-based and {@code total} counts all matching cards. */
record KpiStatusPage(List<KpiStatusView> items, int page, int size, long total) {
}
