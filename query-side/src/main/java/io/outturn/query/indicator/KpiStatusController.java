package io.outturn.query.indicator;

import io.outturn.query.config.OrganisationZone;
import io.outturn.query.config.QueryProperties;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.web.TransactionTime;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Rag;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.Instant;
import java.util.Optional;

import static io.outturn.query.web.RequestValues.DEFAULT_PAGE_SIZE;
import static io.outturn.query.web.RequestValues.MAX_PAGE_SIZE;

/**
 * Status cards (API.md Queries): the list, one card now, and one card as it would have been shown at
 * {@code asOf}. {@code ?waitForVersion=n} gives read-your-writes after a command that answered
 * version n: the read waits (polling, at most {@code outturn.query.max-wait}) until the card shows version n
 * or later. If it does not get there in time the newest card is answered anyway, marked with the header
 * {@code Outturn-Stale: true}, so that a slow projection never turns into an error; 404 if there is no card at
 * all by then.
 */
@RestController
@RequestMapping("/api/indicators")
@PreAuthorize("hasRole('VIEWER')")
class KpiStatusController {

    static final String STALE_HEADER = "Outturn-Stale";

    private final KpiStatusReadModel readModel;
    private final EventStoreReader storedEvents;
    private final QueryProperties properties;
    private final OrganisationZone zone;

    KpiStatusController(KpiStatusReadModel readModel, EventStoreReader storedEvents, QueryProperties properties,
                        OrganisationZone zone) {
        this.readModel = readModel;
        this.storedEvents = storedEvents;
        this.properties = properties;
        this.zone = zone;
    }

    @GetMapping
    KpiStatusPage list(@RequestParam(required = false) FinancialYear fy,
                       @RequestParam(required = false) String organisation,
                       @RequestParam(required = false) String serviceGroup,
                       @RequestParam(required = false) Rag rag,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        if (page < 0) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "page", "page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "size",
                    "size must be from 1 to " + MAX_PAGE_SIZE + ", not " + size);
        }
        return readModel.page(new KpiStatusFilter(fy, blankAsNull(organisation), blankAsNull(serviceGroup), rag), page, size);
    }

    @GetMapping(path = "/{id}/status/{fy}", params = "!asOf")
    ResponseEntity<KpiStatusView> card(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                       @RequestParam(required = false) Long waitForVersion, WebRequest request)
            throws InterruptedException {
        if (waitForVersion != null && waitForVersion < 1) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "waitForVersion",
                    "waitForVersion must be 1 or more, not " + waitForVersion);
        }
        Optional<KpiStatusView> card = readModel.card(id, fy);
        for (long polls = 0; waitForVersion != null && !reached(card, waitForVersion)
                && polls < properties.pollsWithinMaxWait(); polls++) {
            Thread.sleep(properties.pollInterval().toMillis());
            card = readModel.card(id, fy);
        }
        KpiStatusView found = card.orElseThrow(() -> new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id",
                "no status card for indicator " + id + " in " + fy));
        String etag = "\"" + found.version() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().eTag(etag);
        if (waitForVersion != null && !reached(card, waitForVersion)) {
            response.header(STALE_HEADER, "true");
        }
        return response.body(found);
    }

    /**
     * The card as it would have been shown at {@code asOf}: the indicator's events recorded up to that moment
     * (transaction time), folded and rendered by the same pure code the projection uses, flags included, so the two
     * cannot disagree. Reconstructing the past is an auditor's read.
     */
    @GetMapping(path = "/{id}/status/{fy}", params = "asOf")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<KpiStatusView> cardAsOf(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                           @RequestParam String asOf) {
        Instant moment = TransactionTime.requiredEndOf(asOf, "asOf");
        FoldedIndicator folded = FoldedIndicator.of(storedEvents.eventsOf(id.value(), moment), zone.zone());
        IndicatorState state = folded == null ? null : folded.state();
        if (state == null || state.definition() == null) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id",
                    "indicator " + id + " did not exist as of " + moment);
        }
        if (!KpiCards.hasCard(state, fy)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "fy",
                    "no status card for indicator " + id + " in " + fy + " as of " + moment);
        }
        KpiStatusView card = KpiCards.card(state, folded.scrutiny(), fy);
        return ResponseEntity.ok().eTag("\"" + card.version() + "\"").body(card);
    }

    private static boolean reached(Optional<KpiStatusView> card, long version) {
        return card.isPresent() && card.get().version() >= version;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
