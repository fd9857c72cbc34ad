package io.outturn.events;

import io.outturn.values.Aliases;
import io.outturn.values.Baseline;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's definition was amended. Carries the complete amendable part of the definition as it now
 * stands (not only what changed), so a reader never needs the previous event to know the current state. What the
 * indicator measures, its unit, polarity and roll-up change from a named year onwards instead
 * ({@link IndicatorDefinitionChangedEvent}).
 *
 * @param justification why it was amended (revision 2)
 * @param aliases       the complete list of other codes the indicator is known by, as it now stands; empty, never
 *                      null (revision 2; see {@link Aliases})
 */
@Revision("2")
public record IndicatorAmendedEvent(
        IndicatorId indicatorId,
        String title,
        String serviceGroup,
        String leadOfficer,
        BigDecimal tolerancePercent,
        Baseline baseline,
        Justification justification,
        List<String> aliases) implements IndicatorEvent, Justified {

    public IndicatorAmendedEvent {
        aliases = Aliases.of(aliases);
    }
}
