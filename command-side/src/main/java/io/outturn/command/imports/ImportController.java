package io.outturn.command.imports;

import io.outturn.command.api.JustificationParameters;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.problem.ProblemDocuments;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Imports of plans as CSV ({@code text/csv}), for managers. The body is taken as bytes so that the SHA-256 that
 * every resulting event names as its source is that of the file exactly as sent. Why the file's revisions are made
 * comes as query parameters ({@link JustificationParameters}: {@code reason}, {@code reasonCode},
 * {@code decisionReference}, ...).
 */
@RestController
@RequestMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('MANAGER')")
class ImportController {

    /** More errors than this are counted in the detail but not listed: the first ones are enough to fix the file. */
    static final int MAX_LISTED_ERRORS = 500;

    private static final String TEXT_CSV = "text/csv";

    private final BusinessPlanImport businessPlan;
    private final SavingsProgrammeImport savingsProgramme;

    ImportController(BusinessPlanImport businessPlan, SavingsProgrammeImport savingsProgramme) {
        this.businessPlan = businessPlan;
        this.savingsProgramme = savingsProgramme;
    }

    @PostMapping(path = "/business-plan", consumes = TEXT_CSV)
    ImportSummary importBusinessPlan(@ModelAttribute JustificationParameters why, @RequestBody byte[] file) {
        return businessPlan.importFile(file, why.given());
    }

    /**
     * {@code units} is {@code GBP000} (the default, as plans print savings) or {@code GBP}; {@code title},
     * {@code organisation} and {@code overallTarget} (pounds) are used only when the programme is created.
     */
    @PostMapping(path = "/savings-programmes/{pid}", consumes = TEXT_CSV)
    ImportSummary importSavingsProgramme(@PathVariable("pid") ProgrammeId programmeId,
                                         @RequestParam(name = "units", required = false) String units,
                                         @RequestParam(name = "title", required = false) String title,
                                         @RequestParam(name = "organisation", required = false) String organisation,
                                         @RequestParam(name = "overallTarget", required = false) BigDecimal overallTarget,
                                         @ModelAttribute JustificationParameters why,
                                         @RequestBody byte[] file) {
        SavingsImportOptions options = new SavingsImportOptions(scale(units), title, organisation,
                overallTarget == null ? null : money(overallTarget));
        return savingsProgramme.importFile(programmeId, file, options, why.given());
    }

    /** The shape of every problem document, with {@code row} added to each entry of {@code errors}. */
    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException rejection, HttpServletRequest request) {
        List<ImportError> errors = rejection.errors();
        String detail = errors.size() > MAX_LISTED_ERRORS
                ? rejection.getMessage() + " (the first " + MAX_LISTED_ERRORS + " errors are listed)"
                : rejection.getMessage();
        ProblemDetail problem = ProblemDocuments.of(ErrorCode.VALIDATION_FAILED, detail, List.of(),
                ProblemDocuments.instanceOf(request));
        problem.setProperty("errors", errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static SavingsImportOptions.AmountScale scale(String units) {
        if (units == null || units.isBlank()) {
            return SavingsImportOptions.AmountScale.THOUSANDS;
        }
        return switch (units.strip().toUpperCase(Locale.ROOT)) {
            case "GBP000", "\u00a3000", "THOUSANDS" -> SavingsImportOptions.AmountScale.THOUSANDS;
            case "GBP", "\u00a3", "POUNDS" -> SavingsImportOptions.AmountScale.POUNDS;
            default -> throw new OutturnException(ErrorCode.VALIDATION_FAILED, "units",
                    "units is GBP000 (amounts in \u00a3000, the default) or GBP (amounts in pounds), not '" + units + "'");
        };
    }

    private static Money money(BigDecimal pounds) {
        try {
            return Money.of(pounds);
        } catch (IllegalArgumentException e) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, "overallTarget", e.getMessage());
        }
    }
}
