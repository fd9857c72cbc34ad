package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import org.axonframework.serialization.Revision;

/**
 * What an indicator measures, or how, changed from a financial year onwards; the years before keep the
 * definition they had. Carries the complete measuring part of the definition as it stands from {@code fromFy}.
 *
 * @param fromFy        the first year measured the new way
 * @param definition    what is counted and how, in words; may be null
 * @param comparable    false when the change breaks the series: {@code fromFy} is not compared with the year before
 * @param justification why; its code is {@code DEFINITION_CHANGE}
 */
@Revision("1")
public record IndicatorDefinitionChangedEvent(
        IndicatorId indicatorId,
        FinancialYear fromFy,
        String definition,
        Unit unit,
        Polarity polarity,
        RollUp rollUp,
        boolean comparable,
        Justification justification) implements IndicatorEvent, Justified {
}
