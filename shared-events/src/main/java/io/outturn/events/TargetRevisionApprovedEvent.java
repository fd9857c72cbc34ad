package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import org.axonframework.serialization.Revision;

/**
 * A proposed target revision was approved. The approver is this event's actor (a different person from the
 * proposer), the time of approval its timestamp. The change itself follows as a {@link TargetSetEvent} carrying the
 * same proposal id.
 */
@Revision("1")
public record TargetRevisionApprovedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        ProposalId proposalId) implements IndicatorEvent {
}
