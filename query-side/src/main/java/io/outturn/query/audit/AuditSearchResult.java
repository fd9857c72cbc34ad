package io.outturn.query.audit;

import java.util.List;

/** One page of audit entries, newest first, and how many entries match in all. */
record AuditSearchResult(List<AuditEntry> entries, long total) {
}
