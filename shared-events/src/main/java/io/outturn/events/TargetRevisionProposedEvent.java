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
 * A target revision was proposed; it takes effect only when a different person approves it
 * ({@link TargetRevisionApprovedEvent}, followed by the {@link TargetSetEvent} that carries it out) and is dropped
 * when rejected ({@link TargetRevisionRejectedEvent}). The proposer is this event's actor, the time of the proposal
 * its timestamp.
 *
 * @param target         the proposed target
 * @param printed        the proposed target as printed; may be null
 * @param current        the target in force when it was proposed, which it would replace
 * @param currentPrinted the target in force as printed; may be null
 * @param justification  why the revision is proposed
 * @param effectiveFrom  when the organisation would adopt it; null means when the revision is recorded
 */
@Revision("1")
public record TargetRevisionProposedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        ProposalId proposalId,
        Target target,
        String printed,
        Target current,
        String currentPrinted,
        Justification justification,
        Instant effectiveFrom) implements IndicatorEvent, Justified, EffectiveDated {

    /** The proposed target, with its printed text. */
    @JsonIgnore
    public PrintedTarget printedTarget() {
        return new PrintedTarget(target, printed);
    }

    /** The target in force when it was proposed, with its printed text; null if there was none. */
    @JsonIgnore
    public PrintedTarget currentPrintedTarget() {
        return PrintedTarget.orNull(current, currentPrinted);
    }
}
