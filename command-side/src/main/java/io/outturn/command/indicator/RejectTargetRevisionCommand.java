package io.outturn.command.indicator;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A proposed revision of the year's target is rejected, saying why, and dropped; the target in force stays. */
public record RejectTargetRevisionCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        ProposalId proposalId,
        GivenJustification justification,
        Long expectedVersion) implements OutturnCommand {

    public RejectTargetRevisionCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }
}
