package io.outturn.command.indicator;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records the assessment of a milestone target; only for a year whose target is a milestone. A reassessment may say
 * why; {@code effectiveFrom} null means now.
 */
public record AssessMilestoneCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        Assessment assessment,
        String note,
        GivenJustification justification,
        Instant effectiveFrom,
        Long expectedVersion) implements OutturnCommand {

    public AssessMilestoneCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }
}
