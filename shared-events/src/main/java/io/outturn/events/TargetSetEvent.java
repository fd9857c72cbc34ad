package io.outturn.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.PrintedTarget;
import io.outturn.values.ProposalId;
import io.outturn.values.Target;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A target was set for one financial year. When {@code previous} is not null this is a revision.
 *
 * <p>A revision that was proposed and then approved by a second person follows its
 * {@link TargetRevisionApprovedEvent} and names the proposal: the proposer and the time of the proposal are those of
 * the {@link TargetRevisionProposedEvent} with that id, the approver and the time of approval those of this event.
 *
 * @param printed         the target as the plan printed it; may be null
 * @param previous        the target this one replaces; null for a first setting
 * @param previousPrinted the replaced target as printed; may be null
 * @param justification   why the target was revised; null for a first setting (revision 2)
 * @param effectiveFrom   when the organisation adopted this target; null means when it was recorded (revision 2)
 * @param proposalId      the approved proposal this revision carries out; null unless it was one (revision 2)
 */
@Revision("2")
public record TargetSetEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Target target,
        String printed,
        Target previous,
        String previousPrinted,
        Justification justification,
        Instant effectiveFrom,
        ProposalId proposalId) implements IndicatorEvent, Justified, EffectiveDated {

    @JsonIgnore
    public boolean isRevision() {
        return previous != null;
    }

    /** Whether this revision carries out a proposal approved by a second person. */
    @JsonIgnore
    public boolean isApprovedProposal() {
        return proposalId != null;
    }

    /** The target set, with its printed text. */
    @JsonIgnore
    public PrintedTarget printedTarget() {
        return new PrintedTarget(target, printed);
    }

    /** The target this one replaced, with its printed text; null when this is the first. */
    @JsonIgnore
    public PrintedTarget previousPrintedTarget() {
        return PrintedTarget.orNull(previous, previousPrinted);
    }
}
