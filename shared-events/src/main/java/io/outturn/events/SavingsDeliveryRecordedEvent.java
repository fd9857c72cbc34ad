package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.axonframework.serialization.Revision;

/** Delivery of a savings line was reported for a quarter: the amount achieved in the year to date and a RAG judgement. */
@Revision("1")
public record SavingsDeliveryRecordedEvent(
        ProgrammeId programmeId,
        LineId lineId,
        FinancialYear fy,
        Quarter quarter,
        Money achievedToDate,
        Rag rag,
        String note) implements SavingsProgrammeEvent {
}
