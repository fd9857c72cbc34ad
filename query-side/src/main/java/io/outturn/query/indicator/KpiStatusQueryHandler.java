package io.outturn.query.indicator;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** The initial result of the live status subscription: the cards as they stand now. */
@Component
class KpiStatusQueryHandler {

    private final KpiStatusReadModel readModel;

    KpiStatusQueryHandler(KpiStatusReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    List<KpiStatusView> handle(FindKpiStatusStreamQuery query) {
        return readModel.cardsOf(query.fy());
    }
}
