package io.outturn.query.deadletter;

import java.util.List;

/** A page of a projection's dead letters, in the order they will be retried: by aggregate, then by sequence. */
public record DeadLetterPage(String projection, List<DeadLetterView> items, int page, int size, long total) {

    public DeadLetterPage {
        items = List.copyOf(items);
    }
}
