package io.outturn.command.indicator;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import io.outturn.values.Target;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sets (or, where one exists, revises: then a justification is required) the target for one financial year.
 * {@code effectiveFrom} (when the organisation adopted it) null means now. A revision that needs a second person
 * ({@link io.outturn.command.domain.RevisionApproval}) becomes a proposal instead, under {@code proposalId}, which the
 * sender chooses (ids come in on commands, never from inside an aggregate).
 */
public record SetTargetCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        Target target,
        String printed,
        GivenJustification justification,
        Instant effectiveFrom,
        Long expectedVersion,
        ProposalId proposalId) implements OutturnCommand {

    public SetTargetCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }

    /** A command that cannot become a proposal: where one is needed, it is refused for want of an id. */
    public SetTargetCommand(IndicatorId indicatorId, FinancialYear fy, Target target, String printed,
                            GivenJustification justification, Instant effectiveFrom, Long expectedVersion) {
        this(indicatorId, fy, target, printed, justification, effectiveFrom, expectedVersion, null);
    }
}
