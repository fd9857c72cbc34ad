package io.outturn.command.indicator;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A second person approves a proposed revision of the year's target, which then takes effect. */
public record ApproveTargetRevisionCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        ProposalId proposalId,
        Long expectedVersion) implements OutturnCommand {
}
