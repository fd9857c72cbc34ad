package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Delivery of a savings line was reported for a quarter: the amount achieved in the year to date and a RAG judgement.
 *
 * @param note          may be null
 * @param effectiveFrom when the figure was published; null means when it was recorded (revision 2)
 */
@Revision("2")
public record SavingsDeliveryRecordedEvent(
        ProgrammeId programmeId,
        LineId lineId,
        FinancialYear fy,
        Quarter quarter,
        Money achievedToDate,
        Rag rag,
        String note,
        Instant effectiveFrom) implements SavingsProgrammeEvent, EffectiveDated {
}
