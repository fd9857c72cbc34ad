package io.outturn.command.api;

import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/indicators/{id}/targets/{fy}}: {@code printed} is the target as the plan printed it. */
record SetTargetRequest(@NotNull @Valid TargetRequest target, String printed, String reason) {

    /** {@code proposalId} is the id the revision takes if it must wait for a second person. */
    SetTargetCommand toCommand(IndicatorId id, FinancialYear fy, Long expectedVersion, ProposalId proposalId) {
        return new SetTargetCommand(id, fy, target.toTarget(), printed, reason, expectedVersion, proposalId);
    }
}
