package io.outturn.query.savings;

import java.util.List;

/** One page of programme summaries; {@code page} is 0-based and {@code total} counts every programme. */
record SavingsProgrammePage(List<SavingsProgrammeSummary> items, int page, int size, long total) {

    SavingsProgrammePage {
        items = List.copyOf(items);
    }
}
