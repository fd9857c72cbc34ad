package io.outturn.query.indicator;

import io.outturn.query.config.QueryProperties;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.web.RequestBasis;
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

import java.util.Optional;

import static io.outturn.query.web.RequestBasis.AS_OF;
import static io.outturn.query.web.RequestBasis.IN_FORCE_AT;
import static io.outturn.query.web.RequestValues.DEFAULT_PAGE_SIZE;
import static io.outturn.query.web.RequestValues.MAX_PAGE_SIZE;

/**
 * Status cards (API.md Queries): the list and one card, now (from the read model) or on a basis of the two time
 * axes, {@code inForceAt} and {@code asOf} (rebuilt from the event store); a card or list on a basis says so in
 * {@code basis}. The role follows the axes: now and {@code inForceAt} alone are a viewer's reads, anything with
 * {@code asOf} an auditor's. On the live card, {@code ?waitForVersion=n} gives read-your-writes after a command
 * that answered version n: the read waits (polling, at most {@code outturn.query.max-wait}) until the card shows
 * version n or later. If it does not get there in time the newest card is answered anyway, marked with the header
 * {@code Outturn-Stale: true}, so that a slow projection never turns into an error; 404 if there is no card at
 * all by then.
 */
@RestController
@RequestMapping("/api/indicators")
@PreAuthorize("hasRole('VIEWER')")
class KpiStatusController {

    static final String STALE_HEADER = "Outturn-Stale";

    private final KpiStatusReadModel readModel;
    private final KpiStatusFromEvents fromEvents;
    private final QueryProperties properties;

    KpiStatusController(KpiStatusReadModel readModel, KpiStatusFromEvents fromEvents, QueryProperties properties) {
        this.readModel = readModel;
        this.fromEvents = fromEvents;
        this.properties = properties;
    }

    /** The list now, from the read model. */
    @GetMapping(params = {"!" + AS_OF, "!" + IN_FORCE_AT})
    KpiStatusPage list(@RequestParam(required = false) FinancialYear fy,
                       @RequestParam(required = false) String organisation,
                       @RequestParam(required = false) String serviceGroup,
                       @RequestParam(required = false) Rag rag,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        checkPage(page, size);
        return readModel.page(filter(fy, organisation, serviceGroup, rag), page, size);
    }

    /**
     * The whole scorecard in force at {@code inForceAt}, by all that is recorded now: every matching card rebuilt
     * from its indicator's events ({@link KpiStatusFromEvents#page}). It shows what the organisation had adopted
     * and published by then, none of who recorded it or why, so a viewer may ask it.
     */
    @GetMapping(params = {IN_FORCE_AT, "!" + AS_OF})
    KpiStatusPage listInForceAt(@RequestParam(required = false) FinancialYear fy,
                                @RequestParam(required = false) String organisation,
                                @RequestParam(required = false) String serviceGroup,
                                @RequestParam(required = false) Rag rag,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
                                @RequestParam(IN_FORCE_AT) String inForceAt) {
        checkPage(page, size);
        return fromEvents.page(filter(fy, organisation, serviceGroup, rag), page, size,
                RequestBasis.inForceAt(inForceAt));
    }

    /** The scorecard as Outturn had it recorded at {@code asOf} (and in force at {@code inForceAt} if given). */
    @GetMapping(params = AS_OF)
    @PreAuthorize("hasRole('AUDITOR')")
    KpiStatusPage listAsOf(@RequestParam(required = false) FinancialYear fy,
                           @RequestParam(required = false) String organisation,
                           @RequestParam(required = false) String serviceGroup,
                           @RequestParam(required = false) Rag rag,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
                           @RequestParam(AS_OF) String asOf,
                           @RequestParam(name = IN_FORCE_AT, required = false) String inForceAt) {
        checkPage(page, size);
        return fromEvents.page(filter(fy, organisation, serviceGroup, rag), page, size,
                RequestBasis.asOf(asOf, inForceAt));
    }

    @GetMapping(path = "/{id}/status/{fy}", params = {"!" + AS_OF, "!" + IN_FORCE_AT})
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
     * The card in force at {@code inForceAt}, by all that is recorded now: the indicator's events that had taken
     * effect by then (docs/design.md, "Two time axes"), folded and rendered by the same pure code the projection
     * uses. Like the list in force at a moment, a viewer's read.
     */
    @GetMapping(path = "/{id}/status/{fy}", params = {IN_FORCE_AT, "!" + AS_OF})
    ResponseEntity<KpiStatusOnBasis> cardInForceAt(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                                   @RequestParam(IN_FORCE_AT) String inForceAt) {
        return cardOn(id, fy, RequestBasis.inForceAt(inForceAt));
    }

    /**
     * The card as it would have been shown at {@code asOf}: the indicator's events recorded up to that moment
     * (transaction time), and of those, when {@code inForceAt} is given too, the ones in effect by then; folded and
     * rendered by the same pure code the projection uses, so the two cannot disagree. Reconstructing what was
     * recorded in the past is an auditor's read.
     */
    @GetMapping(path = "/{id}/status/{fy}", params = AS_OF)
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<KpiStatusOnBasis> cardAsOf(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                              @RequestParam(AS_OF) String asOf,
                                              @RequestParam(name = IN_FORCE_AT, required = false) String inForceAt) {
        return cardOn(id, fy, RequestBasis.asOf(asOf, inForceAt));
    }

    private ResponseEntity<KpiStatusOnBasis> cardOn(IndicatorId id, FinancialYear fy, Basis basis) {
        KpiStatusView card = fromEvents.card(id, fy, basis);
        return ResponseEntity.ok().eTag("\"" + card.version() + "\"").body(new KpiStatusOnBasis(card, basis));
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "page", "page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "size",
                    "size must be from 1 to " + MAX_PAGE_SIZE + ", not " + size);
        }
    }

    private static KpiStatusFilter filter(FinancialYear fy, String organisation, String serviceGroup, Rag rag) {
        return new KpiStatusFilter(fy, blankAsNull(organisation), blankAsNull(serviceGroup), rag);
    }

    private static boolean reached(Optional<KpiStatusView> card, long version) {
        return card.isPresent() && card.get().version() >= version;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
