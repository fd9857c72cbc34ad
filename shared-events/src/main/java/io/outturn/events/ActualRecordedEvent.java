package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The first value reported for a quarter.
 *
 * @param note          may be null
 * @param effectiveFrom when the figure was published; null means when it was recorded (revision 2)
 */
@Revision("2")
public record ActualRecordedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Quarter quarter,
        BigDecimal value,
        String note,
        Instant effectiveFrom) implements IndicatorEvent, EffectiveDated {
}
