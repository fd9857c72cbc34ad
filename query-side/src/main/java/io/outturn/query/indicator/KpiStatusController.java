package io.outturn.query.indicator;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.web.RequestValues;
import io.outturn.query.web.TransactionTime;
import io.outturn.query.web.VersionWait;
import io.outturn.query.web.VersionedAnswer;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Rag;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.security.OrganisationScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import java.time.Instant;
import java.util.Optional;

/**
 * Status cards (API.md Queries): the list, one card now, and one card as it would have been shown at
 * {@code asOf}. {@code ?waitForVersion=n} gives read-your-writes after a command that answered
 * version n: the read waits (at most {@code outturn.query.max-wait}, holding no thread) until the card shows
 * version n or later. If it does not get there in time the newest card is answered anyway, marked with the header
 * {@code Outturn-Stale: true}, so that a slow projection never turns into an error; 404 if there is no card at
 * all by then.
 */
@RestController
@RequestMapping("/api/indicators")
class KpiStatusController {

    private final KpiStatusReadModel readModel;
    private final EventStoreReader storedEvents;
    private final VersionWait versionWait;

    KpiStatusController(KpiStatusReadModel readModel, EventStoreReader storedEvents, VersionWait versionWait) {
        this.readModel = readModel;
        this.storedEvents = storedEvents;
        this.versionWait = versionWait;
    }

    @GetMapping
    KpiStatusPage list(@RequestParam(required = false) FinancialYear fy,
                       @RequestParam(required = false) String organisation,
                       @RequestParam(required = false) String serviceGroup,
                       @RequestParam(required = false) Rag rag,
                       @RequestParam(required = false) String page,
                       @RequestParam(required = false) String size) {
        return readModel.page(new KpiStatusFilter(fy, blankAsNull(organisation), blankAsNull(serviceGroup), rag,
                OrganisationScope.current().organisations()), RequestValues.page(page), RequestValues.pageSize(size));
    }

    @GetMapping(path = "/{id}/status/{fy}", params = {"!asOf", "!waitForVersion"})
    ResponseEntity<KpiStatusView> card(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                       @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
                                       String ifNoneMatch) {
        return answer(id, fy, readModel.card(id, fy), OrganisationScope.current(), ifNoneMatch, false);
    }

    /** The card once it shows {@code waitForVersion}, without a request thread waiting for it ({@link VersionWait}). */
    @GetMapping(path = "/{id}/status/{fy}", params = {"!asOf", "waitForVersion"})
    DeferredResult<ResponseEntity<KpiStatusView>> cardAtVersion(
            @PathVariable IndicatorId id, @PathVariable FinancialYear fy, @RequestParam String waitForVersion,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        long wanted = RequestValues.waitForVersion(waitForVersion);
        OrganisationScope scope = OrganisationScope.current();
        return versionWait.until(new KpiCardVersionQuery(id, fy), wanted, () -> readModel.card(id, fy),
                KpiStatusView::version, (card, stale) -> answer(id, fy, card, scope, ifNoneMatch, stale));
    }

    /** A card of an organisation outside the reader's scope is answered as if there were none. */
    private static ResponseEntity<KpiStatusView> answer(IndicatorId id, FinancialYear fy, Optional<KpiStatusView> card,
                                                        OrganisationScope scope, String ifNoneMatch, boolean stale) {
        KpiStatusView found = card.filter(seen -> scope.includes(seen.organisation())).orElseThrow(() ->
                new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id",
                        "no status card for indicator " + id + " in " + fy));
        return VersionedAnswer.of(found, found.version(), ifNoneMatch, stale);
    }

    /**
     * The card as it would have been shown at {@code asOf}: the indicator's events recorded up to that moment
     * (transaction time), folded and rendered by the same pure code the projection uses, so the two cannot
     * disagree. Reconstructing the past is an auditor's read.
     */
    @GetMapping(path = "/{id}/status/{fy}", params = "asOf")
    ResponseEntity<KpiStatusView> cardAsOf(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                           @RequestParam String asOf) {
        Instant moment = TransactionTime.requiredEndOf(asOf, "asOf");
        IndicatorState state = storedEvents.stateAsOf(id.value(), moment, IndicatorEvent.class, IndicatorFold::apply);
        if (state == null || state.definition() == null
                || !OrganisationScope.current().includes(state.definition().organisation())) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id",
                    "indicator " + id + " did not exist as of " + moment);
        }
        if (!KpiCards.hasCard(state, fy)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "fy",
                    "no status card for indicator " + id + " in " + fy + " as of " + moment);
        }
        KpiStatusView card = KpiCards.card(state, fy);
        return ResponseEntity.ok().eTag("\"" + card.version() + "\"").body(card);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
