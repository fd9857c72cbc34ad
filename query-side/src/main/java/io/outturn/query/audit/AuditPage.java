package io.outturn.query.audit;

import java.util.List;

/** A page of {@code /api/audit}. */
record AuditPage(List<AuditItem> items, int page, int size, long total) {
}
