package io.outturn.query.indicator;

import io.outturn.events.TargetSetEvent;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.query.web.RequestValues;
import io.outturn.query.web.TransactionTime;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The target in force for an indicator and year at a moment of transaction time: the last target set at or
 * before {@code asOf}, unless a withdrawal followed it. Without {@code asOf}, the target in force now.
 */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class TargetAsOfController {

    private final EventStoreReader reader;

    TargetAsOfController(EventStoreReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/indicators/{id}/targets/{fy}")
    TargetInForceView targetInForce(@PathVariable("id") String id,
                                @PathVariable("fy") String fy,
                                @RequestParam(required = false) String asOf) {
        IndicatorId indicatorId = RequestValues.indicatorId(id, "id");
        FinancialYear year = RequestValues.financialYear(fy, "fy");
        Instant moment = TransactionTime.endOf(asOf, "asOf");
        List<RecordedEvent> known = reader.targetEventsOf(indicatorId, year).stream()
                .filter(recorded -> moment == null || !recorded.recordedAt().isAfter(moment))
                .toList();
        if (known.isEmpty() && !reader.indicatorExists(indicatorId)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + indicatorId);
        }
        RecordedEvent last = known.isEmpty() ? null : known.get(known.size() - 1);
        if (last == null || !(last.event() instanceof TargetSetEvent set)) {
            throw new OutturnException(ErrorCode.TARGET_NOT_FOUND, "fy", "no target for " + indicatorId + " in "
                    + year + (moment == null ? "" : " as of " + moment));
        }
        return new TargetInForceView(indicatorId.value(), year.toString(), set.target(), set.printed(),
                last.version(), last.recordedAt(), last.actor(), last.reason(), last.eventId());
    }
}
