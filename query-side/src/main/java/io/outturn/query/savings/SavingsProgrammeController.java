package io.outturn.query.savings;

import io.outturn.query.eventstore.Basis;
import io.outturn.query.export.ExportFormat;
import io.outturn.query.export.Exports;
import io.outturn.query.export.RowSource;
import io.outturn.query.web.RequestBasis;
import io.outturn.query.web.RequestValues;
import io.outturn.query.web.VersionWait;
import io.outturn.query.web.VersionedAnswer;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.security.OrganisationScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import java.util.List;
import java.util.Optional;

import static io.outturn.query.web.RequestBasis.AS_OF;
import static io.outturn.query.web.RequestBasis.IN_FORCE_AT;

/**
 * Savings programme reads: the programme (now, in force at a moment or as recorded at a moment), the list, and one
 * line's history; each shows only the reader's organisations. Who may read what is web-support's
 * {@code EndpointAccess}: anything {@code asOf} and the histories are an auditor's.
 */
@RestController
@RequestMapping("/api/savings-programmes")
class SavingsProgrammeController {

    private final SavingsProgrammeStore store;
    private final SavingsProgrammeHistory history;
    private final VersionWait versionWait;

    SavingsProgrammeController(SavingsProgrammeStore store, SavingsProgrammeHistory history, VersionWait versionWait) {
        this.store = store;
        this.history = history;
        this.versionWait = versionWait;
    }

    /** The programme now; a matching {@code If-None-Match} answers 304. */
    @GetMapping(path = "/{pid}", params = {"!" + AS_OF, "!" + IN_FORCE_AT, "!waitForVersion"})
    ResponseEntity<SavingsProgrammeView> programme(
            @PathVariable("pid") ProgrammeId id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return answer(id, store.find(id), OrganisationScope.current(), ifNoneMatch, false);
    }

    /**
     * Read-your-writes after a command that answered version n: the programme once it shows version n, waiting at
     * most {@code outturn.query.max-wait} without holding a thread ({@link VersionWait}), and otherwise what there
     * is with {@code Outturn-Stale: true} (as the status cards do).
     */
    @GetMapping(path = "/{pid}", params = {"!" + AS_OF, "!" + IN_FORCE_AT, "waitForVersion"})
    DeferredResult<ResponseEntity<SavingsProgrammeView>> programmeAtVersion(
            @PathVariable("pid") ProgrammeId id, @RequestParam("waitForVersion") String waitForVersion,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        long wanted = RequestValues.waitForVersion(waitForVersion);
        OrganisationScope scope = OrganisationScope.current();
        return versionWait.until(new ProgrammeVersionQuery(id), wanted, () -> store.find(id),
                SavingsProgrammeState::version, (state, stale) -> answer(id, state, scope, ifNoneMatch, stale));
    }

    /** A programme of an organisation outside the reader's scope is answered as if there were none. */
    private static ResponseEntity<SavingsProgrammeView> answer(ProgrammeId id, Optional<SavingsProgrammeState> state,
                                                               OrganisationScope scope, String ifNoneMatch,
                                                               boolean stale) {
        SavingsProgrammeView view = SavingsProgrammeViews.of(state.filter(seen -> scope.includes(seen.organisation()))
                .orElseThrow(() -> programmeNotFound(id)));
        return VersionedAnswer.of(view, view.version(), ifNoneMatch, stale);
    }

    /**
     * The programme in force at {@code inForceAt}, by all that is recorded now: its lines as added, revised and
     * withdrawn with effect by then, and the deliveries reported with effect by then (docs/design.md, "Two time
     * axes"). It shows what the organisation had decided, none of who recorded it or why, so a viewer may ask it.
     */
    @GetMapping(path = "/{pid}", params = {IN_FORCE_AT, "!" + AS_OF})
    ResponseEntity<SavingsProgrammeView> programmeInForceAt(@PathVariable("pid") ProgrammeId id,
                                                            @RequestParam(IN_FORCE_AT) String inForceAt) {
        return programmeOn(id, RequestBasis.inForceAt(inForceAt));
    }

    /**
     * Transaction time: only what had been recorded by {@code asOf}, read as for status cards (a bare date is the
     * whole of that day), and of that, when {@code inForceAt} is given too, what was in force then. Reconstructing
     * what was recorded in the past is an auditor's read.
     */
    @GetMapping(path = "/{pid}", params = AS_OF)
    ResponseEntity<SavingsProgrammeView> programmeAsOf(
            @PathVariable("pid") ProgrammeId id,
            @RequestParam(AS_OF) String asOf,
            @RequestParam(name = IN_FORCE_AT, required = false) String inForceAt) {
        return programmeOn(id, RequestBasis.asOf(asOf, inForceAt));
    }

    private ResponseEntity<SavingsProgrammeView> programmeOn(ProgrammeId id, Basis basis) {
        SavingsProgrammeView view = history.on(id, basis)
                .filter(past -> OrganisationScope.current().includes(past.organisation()))
                .orElseThrow(() -> new OutturnException(ErrorCode.PROGRAMME_NOT_FOUND, "pid",
                        "savings programme " + id + " did not exist " + basis.inWords()));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping
    SavingsProgrammePage programmes(@RequestParam(name = "page", required = false) String page,
                                    @RequestParam(name = "size", required = false) String size) {
        return store.page(RequestValues.page(page), RequestValues.pageSize(size), OrganisationScope.current());
    }

    /**
     * Each change of the line as JSON; or, with {@code ?format=csv|xlsx} or {@code Accept: text/csv} (or the XLSX
     * type), as a file with one row per change and year. Returns null when it has answered with a file.
     */
    @GetMapping("/{pid}/lines/{lineId}/history")
    List<SavingsLineChange> lineHistory(@PathVariable("pid") ProgrammeId programmeId,
                                        @PathVariable("lineId") LineId line,
                                        @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletResponse response) {
        Optional<ExportFormat> file = ExportFormat.requested(format, accept);
        OrganisationScope scope = OrganisationScope.current();
        if (!history.programmeExists(programmeId)
                || scope.restricted() && !history.organisationOf(programmeId).filter(scope::includes).isPresent()) {
            throw programmeNotFound(programmeId);
        }
        List<SavingsLineChange> changes = history.changesOf(programmeId, line);
        if (changes.isEmpty()) {
            throw new OutturnException(ErrorCode.SAVINGS_LINE_NOT_FOUND, "lineId",
                    "savings programme " + programmeId + " has no line " + line);
        }
        if (file.isPresent()) {
            Exports.answer(response, file.get(), SavingsLineHistoryExport.fileName(programmeId.value(), line.value()),
                    SavingsLineHistoryExport.COLUMNS, RowSource.of(SavingsLineHistoryExport.rowsOf(changes)));
            return null;
        }
        return changes;
    }

    private static OutturnException programmeNotFound(ProgrammeId id) {
        return new OutturnException(ErrorCode.PROGRAMME_NOT_FOUND, "pid", "no savings programme " + id);
    }
}
