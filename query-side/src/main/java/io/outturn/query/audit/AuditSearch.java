package io.outturn.query.audit;

import io.outturn.values.ReasonCode;
import io.outturn.web.security.OrganisationScope;

import java.time.Instant;

/**
 * What an auditor asked {@code /api/audit} for: optional literal filters, a transaction-time window and a page, within
 * the auditor's organisations ({@code scope}).
 */
record AuditSearch(String aggregateId, String actor, String type, ReasonCode reasonCode, Instant from, Instant to,
                   int page, int size, OrganisationScope scope) {

    /** Every organisation's events, as an unrestricted auditor sees them. */
    AuditSearch(String aggregateId, String actor, String type, ReasonCode reasonCode, Instant from, Instant to,
                int page, int size) {
        this(aggregateId, actor, type, reasonCode, from, to, page, size, OrganisationScope.UNRESTRICTED);
    }
}
