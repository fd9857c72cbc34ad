package io.outturn.query.indicator;

import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.values.Baseline;
import io.outturn.values.Framework;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;

import java.math.BigDecimal;

/**
 * What an indicator is, as last defined or amended. {@code serviceGroup}, {@code leadOfficer},
 * {@code tolerancePercent} (then the default applies) and {@code baseline} may be null.
 */
public record IndicatorDefinition(String title, String organisation, String serviceGroup, String leadOfficer,
                                  Framework framework, Unit unit, Polarity polarity, RollUp rollUp,
                                  BigDecimal tolerancePercent, Baseline baseline) {

    static IndicatorDefinition of(IndicatorDefinedEvent event) {
        return new IndicatorDefinition(event.title(), event.organisation(), event.serviceGroup(),
                event.leadOfficer(), event.framework(), event.unit(), event.polarity(), event.rollUp(),
                event.tolerancePercent(), event.baseline());
    }

    /** The amendment carries the whole amendable part of the definition, so it replaces rather than merges. */
    IndicatorDefinition amendedBy(IndicatorAmendedEvent event) {
        return new IndicatorDefinition(event.title(), organisation, event.serviceGroup(), event.leadOfficer(),
                framework, unit, polarity, rollUp, event.tolerancePercent(), event.baseline());
    }
}
