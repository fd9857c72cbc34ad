package io.outturn.query.indicator;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.query.web.RequestValues;
import io.outturn.query.web.TransactionTime;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * A status card as it would have been shown at {@code asOf}: the indicator's events recorded up to that
 * moment (transaction time), folded and rendered by the same pure code the live projection uses, so the two
 * cannot disagree. The card without {@code asOf} is served from the read model by the KPI status API.
 */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class StatusAsOfController {

    private final EventStoreReader reader;

    StatusAsOfController(EventStoreReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = "/api/indicators/{id}/status/{fy}", params = "asOf")
    ResponseEntity<KpiStatusView> cardAsOf(@PathVariable("id") String id,
                                           @PathVariable("fy") String fy,
                                           @RequestParam("asOf") String asOf) {
        IndicatorId indicatorId = RequestValues.indicatorId(id, "id");
        FinancialYear year = RequestValues.financialYear(fy, "fy");
        Instant moment = TransactionTime.endOf(asOf, "asOf");
        if (moment == null) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "asOf", "asOf must be an ISO-8601 instant");
        }
        IndicatorState state = stateAsOf(indicatorId, moment);
        if (state == null || state.definition() == null) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id",
                    "indicator " + indicatorId + " did not exist as of " + moment);
        }
        if (!KpiCards.hasCard(state, year)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "fy",
                    "no status card for indicator " + indicatorId + " in " + year + " as of " + moment);
        }
        KpiStatusView card = KpiCards.card(state, year);
        return ResponseEntity.ok().eTag("\"" + card.version() + "\"").body(card);
    }

    private IndicatorState stateAsOf(IndicatorId indicatorId, Instant moment) {
        IndicatorState state = null;
        for (RecordedEvent recorded : reader.eventsOf(indicatorId.value(), moment)) {
            if (recorded.event() instanceof IndicatorEvent event) {
                state = IndicatorFold.apply(state, event, recorded.sequence(), recorded.recordedAt());
            }
        }
        return state;
    }
}
