package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.Quarter;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quarter's reported value was restated.
 *
 * @param previousValue the value it replaces
 * @param note          may be null
 * @param justification why it was restated (revision 2)
 * @param effectiveFrom when the restated figure was published; null means when it was recorded (revision 2)
 */
@Revision("2")
public record ActualCorrectedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Quarter quarter,
        BigDecimal value,
        BigDecimal previousValue,
        String note,
        Justification justification,
        Instant effectiveFrom) implements IndicatorEvent, Justified, EffectiveDated {
}
