package io.outturn.query.audit;

import io.outturn.query.web.RequestValues;
import io.outturn.query.web.TransactionTime;
import io.outturn.values.ReasonCode;
import io.outturn.web.security.OrganisationScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;


/**
 * Who did what, when and why: every recorded event, newest first, filtered by literal values; {@code reasonCode} in
 * any letter case.
 */
@RestController
class AuditController {

    private final AuditTrail auditTrail;

    AuditController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping("/api/audit")
    AuditPage search(@RequestParam(required = false) String aggregateId,
                     @RequestParam(required = false) String actor,
                     @RequestParam(required = false) String type,
                     @RequestParam(required = false) String reasonCode,
                     @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to,
                     @RequestParam(required = false) String page,
                     @RequestParam(required = false) String size) {
        Instant fromInstant = TransactionTime.startOf(from, "from");
        Instant toInstant = TransactionTime.endOf(to, "to");
        ReasonCode code = RequestValues.reasonCode(reasonCode, "reasonCode");
        return auditTrail.search(new AuditSearch(aggregateId, actor, type, code, fromInstant, toInstant,
                RequestValues.page(page), RequestValues.pageSize(size), OrganisationScope.current()));
    }
}
