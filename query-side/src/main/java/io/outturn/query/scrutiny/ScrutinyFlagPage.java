package io.outturn.query.scrutiny;

import io.outturn.query.indicator.ScrutinyFlag;

import java.util.List;

/** A page of {@code /api/scrutiny/flags}. */
record ScrutinyFlagPage(List<ScrutinyFlag> items, int page, int size, long total) {
}
