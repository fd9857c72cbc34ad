package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** A quarter's reported value was restated; the reason is in the event's metadata. */
@Revision("1")
public record ActualCorrectedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Quarter quarter,
        BigDecimal value,
        BigDecimal previousValue,
        String note) implements IndicatorEvent {
}
