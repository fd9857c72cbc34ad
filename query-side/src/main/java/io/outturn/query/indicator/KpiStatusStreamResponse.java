package io.outturn.query.indicator;

import java.util.List;

/**
 * The initial result of {@link FindKpiStatusStreamQuery}: the cards as they stand. A record rather than a bare
 * list because the answer may cross Axon Server, where it is serialized: a {@code List} comes back as a list of
 * maps (its element type is not written down), this record comes back as itself, its cards as cards.
 */
public record KpiStatusStreamResponse(List<KpiStatusView> cards) {

    public KpiStatusStreamResponse {
        cards = List.copyOf(cards);
    }
}
