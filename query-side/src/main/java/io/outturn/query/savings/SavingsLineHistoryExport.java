package io.outturn.query.savings;

import io.outturn.query.export.ExportColumns;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.ReasonCode;
import io.outturn.values.SavingsProfile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A savings line's history as a file, one row per change and financial year ("long" form, which a spreadsheet's
 * pivot table and filters take as it is): the amount planned for that year before the change and after it, in
 * pounds, exact, and who made the change, why (reason, code, decision) and when (in effect from, recorded at). A year either profile names is listed; a year the other
 * does not name is empty on that side (added, or withdrawn with the line).
 */
final class SavingsLineHistoryExport {

    /** One year of one change. */
    record Row(long version, SavingsLineChange.Type type, FinancialYear fy, BigDecimal previous, BigDecimal amount,
               String actor, String reason, ReasonCode reasonCode, Decision decision, Instant effectiveFrom,
               Instant recordedAt, String eventId) {
    }

    static final ExportColumns<Row> COLUMNS = ExportColumns.<Row>builder()
            .number("version", Row::version)
            .text("type", Row::type)
            .text("fy", Row::fy)
            .number("previous", Row::previous)
            .number("amount", Row::amount)
            .text("actor", Row::actor)
            .text("reason", Row::reason)
            .text("reasonCode", Row::reasonCode)
            .text("decision", row -> row.decision() == null ? null : row.decision().reference())
            .time("effectiveFrom", Row::effectiveFrom)
            .time("recordedAt", Row::recordedAt)
            .text("eventId", Row::eventId)
            .build();

    private SavingsLineHistoryExport() {
    }

    static String fileName(String programmeId, String lineId) {
        return "outturn-savings-line-history-" + programmeId + "-" + lineId;
    }

    static List<Row> rowsOf(List<SavingsLineChange> changes) {
        List<Row> rows = new ArrayList<>();
        for (SavingsLineChange change : changes) {
            TreeSet<FinancialYear> years = new TreeSet<>();
            if (change.previous() != null) {
                years.addAll(change.previous().years());
            }
            if (change.profile() != null) {
                years.addAll(change.profile().years());
            }
            for (FinancialYear fy : years) {
                rows.add(new Row(change.version(), change.type(), fy, amount(change.previous(), fy),
                        amount(change.profile(), fy), change.actor(), change.reason(), change.reasonCode(),
                        change.decision(), change.effectiveFrom(), change.recordedAt(), change.eventId()));
            }
        }
        return rows;
    }

    private static BigDecimal amount(SavingsProfile profile, FinancialYear fy) {
        if (profile == null || !profile.years().contains(fy)) {
            return null;
        }
        Money money = profile.amountFor(fy);
        return money.pounds();
    }
}
