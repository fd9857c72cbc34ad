package io.outturn.query.indicator;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The initial result of the live status subscription: the cards as they stand now. */
@Component
class KpiStatusQueryHandler {

    private final KpiStatusReadModel readModel;

    KpiStatusQueryHandler(KpiStatusReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    KpiStatusStreamResponse handle(FindKpiStatusStreamQuery query) {
        return new KpiStatusStreamResponse(readModel.cardsOf(query.fy()));
    }
}
