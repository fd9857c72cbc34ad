package io.outturn.query.indicator;

import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.query.config.OrganisationZone;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.query.export.ExportFormat;
import io.outturn.query.export.Exports;
import io.outturn.query.export.RowSource;
import io.outturn.query.web.RequestBasis;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.PrintedTarget;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.security.OrganisationScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * What one indicator's target for one year was: the target in force (now, as of a moment of transaction time, in
 * force at a moment of effective time, or both), and every setting, revision and withdrawal, oldest first, each with
 * the scrutiny flags it raised. Both are read from the indicator's events in the event store; the flags are folded
 * from all of them, as the cards' are.
 */
@RestController
@RequestMapping("/api/indicators/{id}/targets/{fy}")
class TargetHistoryController {

    private final EventStoreReader storedEvents;
    private final OrganisationZone zone;

    TargetHistoryController(EventStoreReader storedEvents, OrganisationZone zone) {
        this.storedEvents = storedEvents;
        this.zone = zone;
    }

    /**
     * The target in force on the basis asked for: of the year's target settings and withdrawals, those that count
     * on it ({@link Basis#counts}: recorded by {@code asOf}, in effect by {@code inForceAt}), the last, unless that
     * was a withdrawal. Without either, the one in force now. The answer names the axes it was built on
     * ({@code basis}); the endpoint names who set the target and why, so it stays an auditor's read on any basis.
     */
    @GetMapping
    TargetInForceView targetInForce(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                    @RequestParam(name = RequestBasis.AS_OF, required = false) String asOf,
                                    @RequestParam(name = RequestBasis.IN_FORCE_AT, required = false) String inForceAt) {
        Basis basis = RequestBasis.of(asOf, inForceAt);
        List<RecordedEvent> counted = changesOf(id, fy).stream().filter(basis::counts).toList();
        RecordedEvent last = counted.isEmpty() ? null : counted.get(counted.size() - 1);
        if (last == null || !(last.event() instanceof TargetSetEvent set)) {
            throw new OutturnException(ErrorCode.TARGET_NOT_FOUND, "fy", "no target for " + id + " in "
                    + fy + (basis.isNow() ? "" : " " + basis.inWords()));
        }
        return new TargetInForceView(id.value(), fy.toString(), set.printedTarget(), last.effectiveFrom(),
                last.version(), last.recordedAt(), last.actor(), last.reason(), last.eventId(),
                basis.isNow() ? null : basis);
    }

    /**
     * Every version as JSON; or, with {@code ?format=csv|xlsx} or {@code Accept: text/csv} (or the XLSX type), as a
     * file. Returns null when it has answered with a file.
     */
    @GetMapping("/history")
    List<TargetHistoryEntry> history(@PathVariable IndicatorId id, @PathVariable FinancialYear fy,
                                     @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
                                     @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                     HttpServletResponse response) {
        Optional<ExportFormat> file = ExportFormat.requested(format, accept);
        requireInScope(id);
        List<RecordedEvent> events = storedEvents.eventsOf(id.value(), null);
        List<RecordedEvent> changes = events.stream().filter(recorded -> isTargetChangeOf(recorded, fy)).toList();
        if (changes.isEmpty() && !storedEvents.indicatorExists(id)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + id);
        }
        FoldedIndicator folded = FoldedIndicator.of(events, zone.zone());
        Scrutiny scrutiny = folded == null ? Scrutiny.NONE : folded.scrutiny();
        List<TargetHistoryEntry> entries = changes.stream()
                .map(recorded -> entryOf(recorded, scrutiny))
                .toList();
        if (file.isPresent()) {
            Exports.answer(response, file.get(), TargetHistoryExport.fileName(id.value(), fy.toString()),
                    TargetHistoryExport.COLUMNS, RowSource.of(entries));
            return null;
        }
        return entries;
    }

    /**
     * Every target set or withdrawn for the year, oldest first; 404 when there is no such indicator at all, or none
     * of the reader's organisations.
     */
    private List<RecordedEvent> changesOf(IndicatorId id, FinancialYear fy) {
        requireInScope(id);
        List<RecordedEvent> changes = storedEvents.targetEventsOf(id, fy);
        if (changes.isEmpty() && !storedEvents.indicatorExists(id)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + id);
        }
        return changes;
    }

    /** A reader restricted to some organisations is told another's indicator does not exist. */
    private void requireInScope(IndicatorId id) {
        OrganisationScope scope = OrganisationScope.current();
        if (scope.restricted() && !storedEvents.organisationOf(id.value()).filter(scope::includes).isPresent()) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id", "no indicator " + id);
        }
    }

    private static boolean isTargetChangeOf(RecordedEvent recorded, FinancialYear fy) {
        return (recorded.event() instanceof TargetSetEvent set && set.fy().equals(fy))
                || (recorded.event() instanceof TargetWithdrawnEvent withdrawn && withdrawn.fy().equals(fy));
    }

    private static TargetHistoryEntry entryOf(RecordedEvent recorded, Scrutiny scrutiny) {
        List<ScrutinyFlag> flags = scrutiny.raisedBy(recorded.eventId());
        if (recorded.event() instanceof TargetSetEvent set) {
            TargetProposal proposal = set.isApprovedProposal() ? scrutiny.proposal(set.proposalId()) : null;
            return new TargetHistoryEntry(recorded.version(), set.printedTarget(), set.previousPrintedTarget(),
                    recorded.actor(), recorded.reason(), recorded.reasonCode(), recorded.decision(),
                    recorded.effectiveFrom(), recorded.recordedAt(), recorded.eventId(), flags,
                    proposal == null ? null : TargetHistoryEntry.Approval.of(proposal));
        }
        if (recorded.event() instanceof TargetWithdrawnEvent withdrawn) {
            return new TargetHistoryEntry(recorded.version(), null,
                    PrintedTarget.orNull(withdrawn.previous(), withdrawn.previousPrinted()),
                    recorded.actor(), recorded.reason(), recorded.reasonCode(), recorded.decision(),
                    recorded.effectiveFrom(), recorded.recordedAt(), recorded.eventId(), flags,
                    null);
        }
        throw new IllegalStateException("not a target event: " + recorded.event().getClass().getSimpleName());
    }
}
