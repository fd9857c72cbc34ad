package io.outturn.events;

import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A milestone target was assessed.
 *
 * @param previous      the assessment this one replaces; null for a first assessment
 * @param note          may be null
 * @param justification why a reassessment was made; null for a first assessment (revision 2)
 * @param effectiveFrom when the organisation made the assessment (e.g. the committee's meeting); null means when
 *                      it was recorded (revision 2)
 */
@Revision("2")
public record MilestoneAssessedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Assessment assessment,
        Assessment previous,
        String note,
        Justification justification,
        Instant effectiveFrom) implements IndicatorEvent, Justified, EffectiveDated {
}
