package io.outturn.command.config;

import io.outturn.command.domain.RevisionApproval;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How revisions are governed.
 *
 * @param approval {@code none} (the default: every revision takes effect at once, as clients have always seen) or
 *                 {@code easing-in-year} (a revision that makes the target of a year under way easier to meet waits
 *                 for a second person with the role APPROVER)
 */
@ConfigurationProperties("outturn.revisions")
record RevisionsProperties(@DefaultValue("none") RevisionApproval.Mode approval) {
}
