package io.outturn.query.indicator;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The initial results of the subscriptions on cards: the cards as they stand now, and one card's version. */
@Component
class KpiStatusQueryHandler {

    private final KpiStatusReadModel readModel;

    KpiStatusQueryHandler(KpiStatusReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    KpiStatusStreamResponse handle(FindKpiStatusStreamQuery query) {
        return new KpiStatusStreamResponse(readModel.cardsOf(query.fy()).stream().filter(query::follows).toList());
    }

    @QueryHandler
    Long handle(KpiCardVersionQuery query) {
        return readModel.card(query.indicatorId(), query.fy()).map(KpiStatusView::version).orElse(0L);
    }
}
