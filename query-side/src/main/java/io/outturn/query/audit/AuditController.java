package io.outturn.query.audit;

import io.outturn.query.export.ExportFormat;
import io.outturn.query.export.Exports;
import io.outturn.query.web.RequestValues;
import io.outturn.query.web.TransactionTime;
import io.outturn.values.ReasonCode;
import io.outturn.web.security.OrganisationScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Optional;


/**
 * Who did what, when and why: every recorded event, newest first, filtered by literal values; {@code reasonCode} in
 * any letter case.
 */
@RestController
class AuditController {

    private final AuditTrail auditTrail;
    private final AuditExport export;

    AuditController(AuditTrail auditTrail, AuditExport export) {
        this.auditTrail = auditTrail;
        this.export = export;
    }

    /**
     * A page as JSON; or, with {@code ?format=csv|xlsx} or {@code Accept: text/csv} (or the XLSX type), every
     * matching event as a file, pages aside, streamed. Returns null when it has answered with a file.
     */
    @GetMapping("/api/audit")
    AuditPage search(@RequestParam(required = false) String aggregateId,
                     @RequestParam(required = false) String actor,
                     @RequestParam(required = false) String type,
                     @RequestParam(required = false) String reasonCode,
                     @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to,
                     @RequestParam(required = false) String page,
                     @RequestParam(required = false) String size,
                     @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
                     @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                     HttpServletResponse response) {
        Instant fromInstant = TransactionTime.startOf(from, "from");
        Instant toInstant = TransactionTime.endOf(to, "to");
        ReasonCode code = RequestValues.reasonCode(reasonCode, "reasonCode");
        AuditSearch search = new AuditSearch(aggregateId, actor, type, code, fromInstant, toInstant,
                RequestValues.page(page), RequestValues.pageSize(size), OrganisationScope.current());
        Optional<ExportFormat> file = ExportFormat.requested(format, accept);
        if (file.isPresent()) {
            Exports.answer(response, file.get(), AuditExport.FILE_NAME, export.columns(), auditTrail.everyItem(search));
            return null;
        }
        return auditTrail.search(search);
    }
}
