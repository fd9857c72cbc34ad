package io.outturn.events;

import io.outturn.values.Baseline;
import io.outturn.values.IndicatorId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * An indicator's definition was amended. Carries the complete amendable part of the definition as it now
 * stands (not only what changed), so a reader never needs the previous event to know the current state.
 */
@Revision("1")
public record IndicatorAmendedEvent(
        IndicatorId indicatorId,
        String title,
        String serviceGroup,
        String leadOfficer,
        BigDecimal tolerancePercent,
        Baseline baseline) implements IndicatorEvent {
}
