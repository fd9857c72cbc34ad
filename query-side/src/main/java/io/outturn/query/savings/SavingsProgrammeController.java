package io.outturn.query.savings;

import io.outturn.query.config.QueryProperties;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.export.ExportFormat;
import io.outturn.query.export.Exports;
import io.outturn.query.export.RowSource;
import io.outturn.query.web.RequestBasis;
import io.outturn.query.web.RequestValues;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.util.List;
import java.util.Optional;

import static io.outturn.query.web.RequestBasis.AS_OF;
import static io.outturn.query.web.RequestBasis.IN_FORCE_AT;
import static io.outturn.query.web.RequestValues.DEFAULT_PAGE_SIZE;
import static io.outturn.query.web.RequestValues.MAX_PAGE_SIZE;

/**
 * Savings programme reads: the programme (now, or on a basis of the two time axes, {@code inForceAt} and
 * {@code asOf}), the list, and one line's history.
 */
@RestController
@RequestMapping("/api/savings-programmes")
class SavingsProgrammeController {

    static final String STALE_HEADER = "Outturn-Stale";

    private final SavingsProgrammeStore store;
    private final SavingsProgrammeHistory history;
    private final QueryProperties properties;

    SavingsProgrammeController(SavingsProgrammeStore store, SavingsProgrammeHistory history,
                               QueryProperties properties) {
        this.store = store;
        this.history = history;
        this.properties = properties;
    }

    /**
     * The programme now. {@code ?waitForVersion=n} gives read-your-writes after a command that answered version n:
     * the read polls, at most {@code outturn.query.max-wait}, until the programme shows version n or later, and
     * otherwise answers what there is with {@code Outturn-Stale: true} (as the status cards do). A matching
     * {@code If-None-Match} answers 304.
     */
    @GetMapping(path = "/{pid}", params = {"!" + AS_OF, "!" + IN_FORCE_AT})
    @PreAuthorize("hasRole('VIEWER')")
    ResponseEntity<SavingsProgrammeView> programme(
            @PathVariable("pid") ProgrammeId id,
            @RequestParam(name = "waitForVersion", required = false) String waitForVersion,
            WebRequest request) throws InterruptedException {
        // Without waitForVersion any stored version will do, and an unknown programme is answered at once.
        long wanted = RequestValues.boundedInt(waitForVersion, "waitForVersion", 0, 1, Integer.MAX_VALUE);
        Optional<SavingsProgrammeState> state = store.find(id);
        for (long polls = 0; wanted > 0 && !reached(state, wanted) && polls < properties.pollsWithinMaxWait(); polls++) {
            Thread.sleep(properties.pollInterval().toMillis());
            state = store.find(id);
        }
        SavingsProgrammeView view = SavingsProgrammeViews.of(state.orElseThrow(() -> programmeNotFound(id)));
        String etag = etag(view);
        if (request.checkNotModified(etag)) {
            return null;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().eTag(etag);
        if (wanted > 0 && !reached(state, wanted)) {
            response.header(STALE_HEADER, "true");
        }
        return response.body(view);
    }

    /**
     * The programme in force at {@code inForceAt}, by all that is recorded now: its lines as added, revised and
     * withdrawn with effect by then, and the deliveries reported with effect by then (docs/design.md, "Two time
     * axes"). It shows what the organisation had decided, none of who recorded it or why, so a viewer may ask it.
     */
    @GetMapping(path = "/{pid}", params = {IN_FORCE_AT, "!" + AS_OF})
    @PreAuthorize("hasRole('VIEWER')")
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
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<SavingsProgrammeView> programmeAsOf(
            @PathVariable("pid") ProgrammeId id,
            @RequestParam(AS_OF) String asOf,
            @RequestParam(name = IN_FORCE_AT, required = false) String inForceAt) {
        return programmeOn(id, RequestBasis.asOf(asOf, inForceAt));
    }

    private ResponseEntity<SavingsProgrammeView> programmeOn(ProgrammeId id, Basis basis) {
        SavingsProgrammeView view = history.on(id, basis).orElseThrow(() -> new OutturnException(
                ErrorCode.PROGRAMME_NOT_FOUND, "pid", "savings programme " + id + " did not exist " + basis.inWords()));
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @GetMapping
    @PreAuthorize("hasRole('VIEWER')")
    SavingsProgrammePage programmes(@RequestParam(name = "page", required = false) String page,
                                    @RequestParam(name = "size", required = false) String size) {
        int pageNumber = RequestValues.boundedInt(page, "page", 0, 0, Integer.MAX_VALUE);
        int pageSize = RequestValues.boundedInt(size, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return store.page(pageNumber, pageSize);
    }

    /**
     * Each change of the line as JSON; or, with {@code ?format=csv|xlsx} or {@code Accept: text/csv} (or the XLSX
     * type), as a file with one row per change and year. Returns null when it has answered with a file.
     */
    @GetMapping("/{pid}/lines/{lineId}/history")
    @PreAuthorize("hasRole('AUDITOR')")
    List<SavingsLineChange> lineHistory(@PathVariable("pid") ProgrammeId programmeId,
                                        @PathVariable("lineId") LineId line,
                                        @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
                                        @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                        HttpServletResponse response) {
        Optional<ExportFormat> file = ExportFormat.requested(format, accept);
        if (!history.programmeExists(programmeId)) {
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

    private static boolean reached(Optional<SavingsProgrammeState> state, long version) {
        return state.isPresent() && state.get().version() >= version;
    }

    private static String etag(SavingsProgrammeView view) {
        return "\"" + view.version() + "\"";
    }

    private static OutturnException programmeNotFound(ProgrammeId id) {
        return new OutturnException(ErrorCode.PROGRAMME_NOT_FOUND, "pid", "no savings programme " + id);
    }

}
