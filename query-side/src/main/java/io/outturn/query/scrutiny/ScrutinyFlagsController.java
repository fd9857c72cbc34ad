package io.outturn.query.scrutiny;

import io.outturn.query.export.ExportColumns;
import io.outturn.query.export.ExportFormat;
import io.outturn.query.export.Exports;
import io.outturn.query.export.RowSource;
import io.outturn.query.indicator.FlagKind;
import io.outturn.query.indicator.FlaggedEvent;
import io.outturn.query.indicator.ScrutinyFlag;
import io.outturn.query.web.RequestValues;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.security.OrganisationScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;


/**
 * {@code GET /api/scrutiny/flags?fy=&organisation=&kind=}: the revisions a scrutiny committee would ask about, across
 * indicators, newest first, each with the events that raised it and the card's RAG before and after; as JSON pages,
 * or as a CSV or XLSX file ({@code ?format=}).
 */
@RestController
class ScrutinyFlagsController {

    static final String FILE_NAME = "outturn-scrutiny-flags";

    static final ExportColumns<ScrutinyFlag> COLUMNS = ExportColumns.<ScrutinyFlag>builder()
            .text("kind", ScrutinyFlag::kind)
            .text("indicatorId", ScrutinyFlag::indicatorId)
            .text("title", ScrutinyFlag::title)
            .text("organisation", ScrutinyFlag::organisation)
            .text("fy", ScrutinyFlag::fy)
            .time("raisedAt", ScrutinyFlag::raisedAt)
            .number("version", ScrutinyFlag::version)
            .text("actor", flag -> flag.raisedBy().actor())
            .text("ragBefore", ScrutinyFlag::ragBefore)
            .text("ragAfter", ScrutinyFlag::ragAfter)
            .text("detail", ScrutinyFlag::detail)
            .text("events", flag -> flag.events().stream().map(FlaggedEvent::eventId).collect(Collectors.joining(" ")))
            .text("id", ScrutinyFlag::id)
            .build();

    private final ScrutinyFlags flags;

    ScrutinyFlagsController(ScrutinyFlags flags) {
        this.flags = flags;
    }

    /** Returns null when it has answered with a file. */
    @GetMapping("/api/scrutiny/flags")
    ScrutinyFlagPage flags(@RequestParam(required = false) String fy,
                           @RequestParam(required = false) String organisation,
                           @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String page,
                           @RequestParam(required = false) String size,
                           @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
                           @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                           HttpServletResponse response) {
        ScrutinyFlagSearch search = new ScrutinyFlagSearch(
                fy == null || fy.isBlank() ? null : RequestValues.financialYear(fy.strip(), "fy"),
                organisation == null || organisation.isBlank() ? null : organisation,
                kindOf(kind),
                RequestValues.page(page), RequestValues.pageSize(size), OrganisationScope.current());
        Optional<ExportFormat> file = ExportFormat.requested(format, accept);
        if (file.isPresent()) {
            Exports.answer(response, file.get(), FILE_NAME, COLUMNS, RowSource.streamed(() -> flags.streamAll(search)));
            return null;
        }
        return flags.search(search);
    }

    private static FlagKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return FlagKind.valueOf(kind.strip());
        } catch (IllegalArgumentException notAKind) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "kind", "'" + kind + "' is not one of "
                    + Arrays.stream(FlagKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
