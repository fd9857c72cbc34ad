package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** The first value reported for a quarter. {@code note} may be null. */
@Revision("1")
public record ActualRecordedEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Quarter quarter,
        BigDecimal value,
        String note) implements IndicatorEvent {
}
