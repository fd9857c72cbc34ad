package io.outturn.command.savings;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Reports delivery of a line for a quarter: achieved in the year to date, and a RAG judgement. {@code effectiveFrom}
 * (when the figure was published) null means now.
 */
public record RecordSavingsDeliveryCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        LineId lineId,
        FinancialYear fy,
        Quarter quarter,
        Money achievedToDate,
        Rag rag,
        String note,
        Instant effectiveFrom,
        Long expectedVersion) implements OutturnCommand {
}
