package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import io.outturn.values.ReasonCode;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code PUT /api/indicators/{id}/targets/{fy}}: {@code printed} is the target as the plan printed it. A revision
 * says why: {@code reason}, and optionally {@code reasonCode} and the {@code decision}; {@code effectiveFrom} is
 * when the organisation adopted the target.
 */
record SetTargetRequest(@NotNull @Valid TargetRequest target,
                        @MaxLength(InputLimits.PRINTED_LENGTH) String printed,
                        @MaxLength(InputLimits.TEXT_LENGTH) String reason,
                        ReasonCode reasonCode, Decision decision, EffectiveFrom effectiveFrom) {

    /** {@code proposalId} is the id the revision takes if it must wait for a second person. */
    SetTargetCommand toCommand(IndicatorId id, FinancialYear fy, Long expectedVersion, ProposalId proposalId) {
        return new SetTargetCommand(id, fy, target.toTarget(), printed,
                new GivenJustification(reasonCode, reason, decision), EffectiveFrom.instantOf(effectiveFrom),
                expectedVersion, proposalId);
    }
}
