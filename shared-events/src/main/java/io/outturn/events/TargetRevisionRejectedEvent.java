package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.ProposalId;
import org.axonframework.serialization.Revision;

/**
 * A proposed target revision was rejected and is dropped; the target in force stays. The person rejecting is this
 * event's actor.
 *
 * @param justification why it was rejected
 */
@Revision("1")
public record TargetRevisionRejectedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        ProposalId proposalId,
        Justification justification) implements IndicatorEvent, Justified {
}
