package io.outturn.events;

import io.outturn.values.Baseline;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** A key performance indicator was defined. {@code baseline}, {@code serviceGroup} and {@code leadOfficer} may be null. */
@Revision("1")
public record IndicatorDefinedEvent(
        IndicatorId indicatorId,
        String title,
        String organisation,
        String serviceGroup,
        String leadOfficer,
        Framework framework,
        Unit unit,
        Polarity polarity,
        RollUp rollUp,
        BigDecimal tolerancePercent,
        Baseline baseline) implements IndicatorEvent {
}
