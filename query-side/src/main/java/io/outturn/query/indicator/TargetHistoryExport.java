package io.outturn.query.indicator;

import io.outturn.query.export.ExportColumns;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A target's history as a file: one row per version, as {@code /history} lists them. Each target (the one set and
 * the one it replaced) is spread over the columns of its kind, as the command API takes it, so that thresholds are
 * numbers a spreadsheet can compare; the printed text sits beside them.
 */
final class TargetHistoryExport {

    static final ExportColumns<TargetHistoryEntry> COLUMNS = targetColumns(
            targetColumns(ExportColumns.<TargetHistoryEntry>builder()
                    .number("version", TargetHistoryEntry::version)
                    .bool("withdrawn", TargetHistoryEntry::withdrawn), "", TargetHistoryEntry::set),
            "previous", TargetHistoryEntry::replaced)
            .text("actor", TargetHistoryEntry::actor)
            .text("reason", TargetHistoryEntry::reason)
            .text("reasonCode", TargetHistoryEntry::reasonCode)
            .text("decision", entry -> entry.decision() == null ? null : entry.decision().reference())
            .time("effectiveFrom", TargetHistoryEntry::effectiveFrom)
            .time("recordedAt", TargetHistoryEntry::recordedAt)
            .text("eventId", TargetHistoryEntry::eventId)
            .text("flags", entry -> entry.flags().isEmpty() ? null
                    : entry.flags().stream().map(flag -> flag.kind().name()).collect(Collectors.joining(", ")))
            .text("proposalId", entry -> entry.approval() == null ? null : entry.approval().proposalId())
            .text("proposedBy", entry -> entry.approval() == null ? null : entry.approval().proposedBy())
            .time("proposedAt", entry -> entry.approval() == null ? null : entry.approval().proposedAt())
            .text("approvedBy", entry -> entry.approval() == null ? null : entry.approval().approvedBy())
            .time("approvedAt", entry -> entry.approval() == null ? null : entry.approval().approvedAt())
            .build();

    private TargetHistoryExport() {
    }

    static String fileName(String indicatorId, String fy) {
        return "outturn-target-history-" + indicatorId + "-" + fy;
    }

    private static ExportColumns.Builder<TargetHistoryEntry> targetColumns(
            ExportColumns.Builder<TargetHistoryEntry> builder, String prefix,
            Function<TargetHistoryEntry, PrintedTarget> which) {
        Function<TargetHistoryEntry, Target> target = entry -> which.apply(entry) == null ? null : which.apply(entry).target();
        return builder
                .text(named(prefix, "kind"), entry -> target.apply(entry) == null ? null : target.apply(entry).kind())
                .number(named(prefix, "value"), entry -> value(target.apply(entry)))
                .bool(named(prefix, "inclusive"), entry -> inclusive(target.apply(entry)))
                .number(named(prefix, "low"), entry -> target.apply(entry) instanceof Target.Range range ? range.low() : null)
                .number(named(prefix, "high"), entry -> target.apply(entry) instanceof Target.Range range ? range.high() : null)
                .number(named(prefix, "changePercent"),
                        entry -> target.apply(entry) instanceof Target.Change change ? change.changePercent() : null)
                .number(named(prefix, "changeAbsolute"),
                        entry -> target.apply(entry) instanceof Target.Change change ? change.changeAbsolute() : null)
                .text(named(prefix, "reference"),
                        entry -> target.apply(entry) instanceof Target.Change change ? change.reference() : null)
                .text(named(prefix, "description"),
                        entry -> target.apply(entry) instanceof Target.Milestone milestone ? milestone.description() : null)
                .text(named(prefix, "printed"), entry -> which.apply(entry) == null ? null : which.apply(entry).printed());
    }

    private static String named(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static BigDecimal value(Target target) {
        if (target instanceof Target.AtLeast atLeast) {
            return atLeast.value();
        }
        if (target instanceof Target.AtMost atMost) {
            return atMost.value();
        }
        return null;
    }

    private static Boolean inclusive(Target target) {
        if (target instanceof Target.AtLeast atLeast) {
            return atLeast.inclusive();
        }
        if (target instanceof Target.AtMost atMost) {
            return atMost.inclusive();
        }
        return null;
    }
}
