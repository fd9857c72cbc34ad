package io.outturn.command.indicator;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A proposed revision of the year's target is rejected, with a reason, and dropped; the target in force stays. */
public record RejectTargetRevisionCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        ProposalId proposalId,
        String reason,
        Long expectedVersion) implements OutturnCommand {
}
