package io.outturn.command.indicator;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the assessment of a milestone target; only for a year whose target is a milestone. */
public record AssessMilestoneCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        Assessment assessment,
        String note,
        String reason,
        Long expectedVersion) implements OutturnCommand {
}
