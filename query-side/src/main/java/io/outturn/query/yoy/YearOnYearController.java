package io.outturn.query.yoy;

import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.values.IndicatorId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.security.OrganisationScope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/indicators/{id}/year-on-year}: the outturn series, oldest financial year first. */
@RestController
class YearOnYearController {

    private final MongoTemplate mongo;
    private final EventStoreReader storedEvents;

    YearOnYearController(MongoTemplate mongo, EventStoreReader storedEvents) {
        this.mongo = mongo;
        this.storedEvents = storedEvents;
    }

    @GetMapping("/api/indicators/{id}/year-on-year")
    YearOnYearView yearOnYear(@PathVariable IndicatorId id) {
        YearOnYearDocument document = mongo.findById(id.value(), YearOnYearDocument.class, YearOnYearDocument.COLLECTION);
        OrganisationScope scope = OrganisationScope.current();
        if (document == null || scope.restricted()
                && !storedEvents.organisationOf(id.value()).filter(scope::includes).isPresent()) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + id);
        }
        return new YearOnYearView(document.indicatorId(), document.years());
    }
}
