package io.outturn.query.yoy;

import io.outturn.values.IndicatorId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/indicators/{id}/year-on-year}: the outturn series, oldest financial year first. */
@RestController
class YearOnYearController {

    private final MongoTemplate mongo;

    YearOnYearController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/indicators/{id}/year-on-year")
    YearOnYearView yearOnYear(@PathVariable IndicatorId id) {
        YearOnYearDocument document = mongo.findById(id.value(), YearOnYearDocument.class, YearOnYearDocument.COLLECTION);
        if (document == null) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + id);
        }
        return new YearOnYearView(document.indicatorId(), document.years());
    }
}
