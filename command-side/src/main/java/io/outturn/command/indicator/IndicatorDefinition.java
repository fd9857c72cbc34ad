package io.outturn.command.indicator;

import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.values.Baseline;
import io.outturn.values.Framework;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Tolerance;
import io.outturn.values.Unit;

import java.util.List;

/**
 * What an indicator is, as last defined or amended. {@code serviceGroup}, {@code leadOfficer} and
 * {@code baseline} may be null; an indicator defined without a tolerance has {@link Tolerance#DEFAULT}.
 * Organisation, framework, unit, polarity and roll-up decide how it is judged and are never amended.
 * {@code aliases} (the other codes it is known by) are kept so that an amendment, which carries the complete
 * list as it stands, repeats them.
 */
public record IndicatorDefinition(String title, String organisation, String serviceGroup, String leadOfficer,
                                  Framework framework, Unit unit, Polarity polarity, RollUp rollUp,
                                  Tolerance tolerance, Baseline baseline, List<String> aliases) {

    public IndicatorDefinition {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    static IndicatorDefinition of(IndicatorDefinedEvent event) {
        return new IndicatorDefinition(event.title(), event.organisation(), event.serviceGroup(),
                event.leadOfficer(), event.framework(), event.unit(), event.polarity(), event.rollUp(),
                Tolerance.ofPercentOrDefault(event.tolerancePercent()), event.baseline(), event.aliases());
    }

    /** The amendment carries the whole amendable part of the definition, so it replaces rather than merges. */
    IndicatorDefinition amendedBy(IndicatorAmendedEvent event) {
        return new IndicatorDefinition(event.title(), organisation, event.serviceGroup(), event.leadOfficer(),
                framework, unit, polarity, rollUp, Tolerance.ofPercentOrDefault(event.tolerancePercent()),
                event.baseline(), event.aliases());
    }

    IndicatorDefinition amended(String newTitle, String newServiceGroup, String newLeadOfficer,
                                Tolerance newTolerance, Baseline newBaseline) {
        return new IndicatorDefinition(newTitle, organisation, newServiceGroup, newLeadOfficer, framework, unit,
                polarity, rollUp, newTolerance, newBaseline, aliases);
    }
}
