package io.outturn.query.yoy;

import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.indicator.IndicatorFold;
import io.outturn.query.indicator.IndicatorState;
import io.outturn.query.web.RequestBasis;
import io.outturn.values.IndicatorId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static io.outturn.query.web.RequestBasis.AS_OF;
import static io.outturn.query.web.RequestBasis.IN_FORCE_AT;

/**
 * {@code GET /api/indicators/{id}/year-on-year}: the outturn series, oldest financial year first; now from the
 * {@code year_on_year} read model, or on a basis of the two time axes rebuilt from the indicator's events by the
 * fold and rendering the projection uses. As for status cards, {@code inForceAt} alone is a viewer's read and
 * anything with {@code asOf} an auditor's.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class YearOnYearController {

    private static final String PATH = "/api/indicators/{id}/year-on-year";

    private final MongoTemplate mongo;
    private final EventStoreReader storedEvents;

    YearOnYearController(MongoTemplate mongo, EventStoreReader storedEvents) {
        this.mongo = mongo;
        this.storedEvents = storedEvents;
    }

    @GetMapping(path = PATH, params = {"!" + AS_OF, "!" + IN_FORCE_AT})
    YearOnYearView yearOnYear(@PathVariable IndicatorId id) {
        YearOnYearDocument document = mongo.findById(id.value(), YearOnYearDocument.class, YearOnYearDocument.COLLECTION);
        if (document == null) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + id);
        }
        return new YearOnYearView(document.indicatorId(), document.years());
    }

    /** The series in force at {@code inForceAt}, by all that is recorded now. */
    @GetMapping(path = PATH, params = {IN_FORCE_AT, "!" + AS_OF})
    YearOnYearView yearOnYearInForceAt(@PathVariable IndicatorId id, @RequestParam(IN_FORCE_AT) String inForceAt) {
        return yearOnYearOn(id, RequestBasis.inForceAt(inForceAt));
    }

    /** The series as Outturn had it recorded at {@code asOf} (and in force at {@code inForceAt} if given). */
    @GetMapping(path = PATH, params = AS_OF)
    @PreAuthorize("hasRole('AUDITOR')")
    YearOnYearView yearOnYearAsOf(@PathVariable IndicatorId id, @RequestParam(AS_OF) String asOf,
                                  @RequestParam(name = IN_FORCE_AT, required = false) String inForceAt) {
        return yearOnYearOn(id, RequestBasis.asOf(asOf, inForceAt));
    }

    private YearOnYearView yearOnYearOn(IndicatorId id, Basis basis) {
        IndicatorState state = IndicatorFold.at(storedEvents.eventsOf(id.value(), basis.asOf()), basis);
        if (state == null || state.definition() == null) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id",
                    "indicator " + id + " did not exist " + basis.inWords());
        }
        return YearOnYearViews.of(state).on(basis);
    }
}
