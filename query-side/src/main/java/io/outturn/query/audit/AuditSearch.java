package io.outturn.query.audit;

import io.outturn.values.ReasonCode;

import java.time.Instant;

/** What an auditor asked {@code /api/audit} for: optional literal filters, a transaction-time window and a page. */
record AuditSearch(String aggregateId, String actor, String type, ReasonCode reasonCode, Instant from, Instant to,
                   int page, int size) {
}
