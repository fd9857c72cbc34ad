package io.outturn.events;

import io.outturn.values.Comparability;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.axonframework.serialization.Revision;

/**
 * An indicator was recorded as the successor of another (e.g. a national indicator replaced by an ASCOF measure).
 * Recorded on the successor, the indicator the event belongs to.
 *
 * @param predecessor   the indicator it succeeds
 * @param fromFy        the first year this indicator, rather than its predecessor, is reported
 * @param comparability whether the two series can be compared across the link
 * @param note          how they differ; may be null
 */
@Revision("1")
public record IndicatorLineageLinkedEvent(
        IndicatorId indicatorId,
        IndicatorId predecessor,
        FinancialYear fromFy,
        Comparability comparability,
        String note) implements IndicatorEvent {
}
