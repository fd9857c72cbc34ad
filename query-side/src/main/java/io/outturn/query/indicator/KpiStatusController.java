package io.outturn.query.indicator;

import io.outturn.query.eventstore.Basis;
import io.outturn.query.web.RequestBasis;
import io.outturn.query.web.RequestValues;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import java.util.Optional;

import static io.outturn.query.web.RequestBasis.AS_OF;
import static io.outturn.query.web.RequestBasis.IN_FORCE_AT;

/**
 * Status cards (API.md Queries): the list and one card, now (from the read model) or on a basis of the two time
 * axes, {@code inForceAt} and {@code asOf} (rebuilt from the event store); a card or list on a basis says so in
 * {@code basis}. The role follows the axes: now and {@code inForceAt} alone are a viewer's reads, anything with
 * {@code asOf} an auditor's (web-support's {@code EndpointAccess}). On the live card, {@code ?waitForVersion=n} gives
 * read-your-writes after a command that answered version n: the read waits (at most {@code outturn.query.max-wait},
 * holding no thread) until the card shows version n or later. If it does not get there in time the newest card is
 * answered anyway, marked with the header {@code Outturn-Stale: true}, so that a slow projection never turns into an
 * error; 404 if there is no card at all by then. Every read shows only the reader's organisations.
 */
@RestController
@RequestMapping("/api/indicators")
class KpiStatusController {

    private final KpiStatusReadModel readModel;
    private final KpiStatusFromEvents fromEvents;
    private final VersionWait versionWait;

    KpiStatusController(KpiStatusReadModel readModel, KpiStatusFromEvents fromEvents, VersionWait versionWait) {
        this.readModel = readModel;
        this.fromEvents = fromEvents;
        this.versionWait = versionWait;
    }

    /** The list now, from the read model. */
    @GetMapping(params = {"!" + AS_OF, "!" + IN_FORCE_AT})
    KpiStatusPage list(@RequestParam(required = false) FinancialYear fy,
                       @RequestParam(required = false) String organisation,
                       @RequestParam(required = false) String serviceGroup,
                       @RequestParam(required = false) Rag rag,
                       @RequestParam(required = false) String page,
                       @RequestParam(required = false) String size) {
        return readModel.page(filter(fy, organisation, serviceGroup, rag), RequestValues.page(page),
                RequestValues.pageSize(size));
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
                                @RequestParam(required = false) String page,
                                @RequestParam(required = false) String size,
                                @RequestParam(IN_FORCE_AT) String inForceAt) {
        return fromEvents.page(filter(fy, organisation, serviceGroup, rag), RequestValues.page(page),
                RequestValues.pageSize(size), RequestBasis.inForceAt(inForceAt));
    }

    /** The scorecard as Outturn had it recorded at {@code asOf} (and in force at {@code inForceAt} if given). */
    @GetMapping(params = AS_OF)
    KpiStatusPage listAsOf(@RequestParam(required = false) FinancialYear fy,
                           @RequestParam(required = false) String organisation,
                           @RequestParam(required = false) String serviceGroup,
                           @RequestParam(required = false) Rag rag,
                           @RequestParam(required = false) String page,
                           @RequestParam(required = false) String size,
                           @RequestParam(AS_OF) String asOf,
                           @RequestParam(name = IN_FORCE_AT, required = false) String inForceAt) {
        return fromEvents.page(filter(fy, organisation, serviceGroup, rag), RequestValues.page(page),
                RequestValues.pageSize(size), RequestBasis.asOf(asOf, inForceAt));
    }

    @GetMapping(path = "/{id}/status/{fy}", params = {"!" + AS_OF, "!" + IN_FORCE_AT, "!waitForVersion"})
    ResponseEntity<KpiStatusView> card(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                       @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
                                       String ifNoneMatch) {
        return answer(id, fy, readModel.card(id, fy), OrganisationScope.current(), ifNoneMatch, false);
    }

    /** The card once it shows {@code waitForVersion}, without a request thread waiting for it ({@link VersionWait}). */
    @GetMapping(path = "/{id}/status/{fy}", params = {"!" + AS_OF, "!" + IN_FORCE_AT, "waitForVersion"})
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
    ResponseEntity<KpiStatusOnBasis> cardAsOf(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                              @RequestParam(AS_OF) String asOf,
                                              @RequestParam(name = IN_FORCE_AT, required = false) String inForceAt) {
        return cardOn(id, fy, RequestBasis.asOf(asOf, inForceAt));
    }

    /** On any basis, a card of an organisation outside the reader's scope is answered as if there were none. */
    private ResponseEntity<KpiStatusOnBasis> cardOn(IndicatorId id, FinancialYear fy, Basis basis) {
        KpiStatusView card = fromEvents.card(id, fy, basis);
        if (!OrganisationScope.current().includes(card.organisation())) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + id);
        }
        return ResponseEntity.ok().eTag("\"" + card.version() + "\"").body(new KpiStatusOnBasis(card, basis));
    }

    /** The filters given, within the reader's organisations. */
    private static KpiStatusFilter filter(FinancialYear fy, String organisation, String serviceGroup, Rag rag) {
        return new KpiStatusFilter(fy, blankAsNull(organisation), blankAsNull(serviceGroup), rag,
                OrganisationScope.current().organisations());
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
