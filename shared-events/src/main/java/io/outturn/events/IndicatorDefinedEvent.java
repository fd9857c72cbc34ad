package io.outturn.events;

import io.outturn.values.Aliases;
import io.outturn.values.Baseline;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;

/**
 * A key performance indicator was defined.
 *
 * @param serviceGroup may be null
 * @param leadOfficer  a role, never a person; may be null
 * @param baseline     may be null
 * @param definition   what is counted and how, in words; may be null (revision 2)
 * @param aliases      the other codes the indicator is known by, e.g. {@code C32}, {@code BVPI 54}; empty, never
 *                     null (revision 2; see {@link Aliases})
 */
@Revision("2")
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
        Baseline baseline,
        String definition,
        List<String> aliases) implements IndicatorEvent {

    public IndicatorDefinedEvent {
        aliases = Aliases.of(aliases);
    }
}
