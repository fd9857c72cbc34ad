package io.outturn.command.api;

import io.outturn.command.domain.CommandResult;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import io.outturn.values.Target;

/**
 * The answer (202) to a revision that became a proposal: the command's answer ({@code id, version, changed}; changed
 * is true when the proposal was recorded now, false when the same proposal was already waiting), the proposal's id
 * and what it proposes, and where a second person with the role APPROVER approves or rejects it.
 */
record ProposalAccepted(String id, long version, boolean changed, ProposalId proposalId, String status,
                        FinancialYear fy, Target target, String printed, String approve, String reject) {

    static final String PENDING = "PENDING";

    static ProposalAccepted of(CommandResult result, IndicatorId indicatorId, FinancialYear fy, Target target,
                               String printed) {
        String proposal = "/api/indicators/" + indicatorId.value() + "/targets/" + fy + "/proposals/"
                + result.proposalId().value();
        return new ProposalAccepted(result.id(), result.version(), result.changed(), result.proposalId(), PENDING,
                fy, target, printed, proposal + "/approve", proposal + "/reject");
    }
}
