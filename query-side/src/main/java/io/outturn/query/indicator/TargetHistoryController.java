package io.outturn.query.indicator;

import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.query.web.RequestValues;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** How one indicator's target for one year changed: every setting, revision and withdrawal, oldest first. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class TargetHistoryController {

    private final EventStoreReader reader;

    TargetHistoryController(EventStoreReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/indicators/{id}/targets/{fy}/history")
    List<TargetHistoryEntry> history(@PathVariable("id") String id, @PathVariable("fy") String fy) {
        IndicatorId indicatorId = RequestValues.indicatorId(id, "id");
        FinancialYear year = RequestValues.financialYear(fy, "fy");
        List<RecordedEvent> events = reader.targetEventsOf(indicatorId, year);
        if (events.isEmpty() && !reader.indicatorExists(indicatorId)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + indicatorId);
        }
        return events.stream().map(TargetHistoryController::entryOf).toList();
    }

    private static TargetHistoryEntry entryOf(RecordedEvent recorded) {
        if (recorded.event() instanceof TargetSetEvent set) {
            return new TargetHistoryEntry(recorded.version(), set.target(), set.printed(), set.previous(),
                    set.previousPrinted(), false, recorded.actor(), recorded.reason(), recorded.recordedAt(),
                    recorded.eventId());
        }
        if (recorded.event() instanceof TargetWithdrawnEvent withdrawn) {
            return new TargetHistoryEntry(recorded.version(), null, null, withdrawn.previous(),
                    withdrawn.previousPrinted(), true, recorded.actor(), recorded.reason(), recorded.recordedAt(),
                    recorded.eventId());
        }
        throw new IllegalStateException("not a target event: " + recorded.event().getClass().getSimpleName());
    }
}
