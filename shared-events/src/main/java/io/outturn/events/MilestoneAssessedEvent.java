package io.outturn.events;

import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.axonframework.serialization.Revision;

/** A milestone target was assessed; {@code previous} is the assessment it replaces, or null. */
@Revision("1")
public record MilestoneAssessedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Assessment assessment,
        Assessment previous,
        String note) implements IndicatorEvent {
}
