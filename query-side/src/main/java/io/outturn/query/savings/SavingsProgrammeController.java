package io.outturn.query.savings;

import io.outturn.query.config.QueryProperties;
import io.outturn.query.web.RequestValues;
import io.outturn.query.web.TransactionTime;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;


/** Savings programme reads: the programme (now or as of a moment), the list, and one line's history. */
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
    @GetMapping(path = "/{pid}", params = "!asOf")
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
     * Transaction time: only what had been recorded by {@code asOf}, read as for status cards (a bare date is the
     * whole of that day). Reconstructing the past is an auditor's read.
     */
    @GetMapping(path = "/{pid}", params = "asOf")
    ResponseEntity<SavingsProgrammeView> programmeAsOf(@PathVariable("pid") ProgrammeId id,
                                                       @RequestParam("asOf") String asOf) {
        Instant at = TransactionTime.requiredEndOf(asOf, "asOf");
        SavingsProgrammeView view = history.asOf(id, at).orElseThrow(() -> new OutturnException(
                ErrorCode.PROGRAMME_NOT_FOUND, "pid", "savings programme " + id + " did not exist at " + at));
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @GetMapping
    SavingsProgrammePage programmes(@RequestParam(name = "page", required = false) String page,
                                    @RequestParam(name = "size", required = false) String size) {
        return store.page(RequestValues.page(page), RequestValues.pageSize(size));
    }

    @GetMapping("/{pid}/lines/{lineId}/history")
    List<SavingsLineChange> lineHistory(@PathVariable("pid") ProgrammeId programmeId,
                                        @PathVariable("lineId") LineId line) {
        if (!history.programmeExists(programmeId)) {
            throw programmeNotFound(programmeId);
        }
        List<SavingsLineChange> changes = history.changesOf(programmeId, line);
        if (changes.isEmpty()) {
            throw new OutturnException(ErrorCode.SAVINGS_LINE_NOT_FOUND, "lineId",
                    "savings programme " + programmeId + " has no line " + line);
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
