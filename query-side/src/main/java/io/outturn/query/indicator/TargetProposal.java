package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import io.outturn.values.Target;

/**
 * A revision of a target proposed for a second person's approval (two people for in-year easing), as its events tell
 * it: what it would put in force and what it would replace, why, who proposed it and when ({@code proposed}), and,
 * once decided, who approved or rejected it and when ({@code decided}) with the rejection's reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetProposal(ProposalId proposalId, IndicatorId indicatorId, FinancialYear fy, Status status,
                             Target target, String printed, Target current, String currentPrinted, String reason,
                             FlaggedEvent proposed, FlaggedEvent decided, String rejectionReason) {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    TargetProposal approved(FlaggedEvent approval) {
        return new TargetProposal(proposalId, indicatorId, fy, Status.APPROVED, target, printed, current,
                currentPrinted, reason, proposed, approval, null);
    }

    TargetProposal rejected(FlaggedEvent rejection, String why) {
        return new TargetProposal(proposalId, indicatorId, fy, Status.REJECTED, target, printed, current,
                currentPrinted, reason, proposed, rejection, why);
    }
}
