package io.outturn.query.savings;

import java.util.List;

/** One page of programme summaries; {@code page} is 0-based and {@code total} counts every programme. */
public record SavingsProgrammePage(List<SavingsProgrammeSummary> items, int page, int size, long total) {

    public SavingsProgrammePage {
        items = List.copyOf(items);
    }
}
