package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.axonframework.serialization.Revision;

/** The target for one financial year was withdrawn; {@code previous} is what was in force until now. */
@Revision("1")
public record TargetWithdrawnEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Target previous,
        String previousPrinted) implements IndicatorEvent {
}
