package io.outturn.command.api;

import io.outturn.command.savings.RecordSavingsDeliveryCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/savings-programmes/{pid}/lines/{lineId}/delivery/{fy}/{quarter}}: {@code effectiveFrom} is when the figure was published. */
record RecordSavingsDeliveryRequest(@NotNull Money achievedToDate, @NotNull Rag rag, String note,
                                    EffectiveFrom effectiveFrom) {

    RecordSavingsDeliveryCommand toCommand(ProgrammeId programmeId, LineId lineId, FinancialYear fy, Quarter quarter,
                                           Long expectedVersion) {
        return new RecordSavingsDeliveryCommand(programmeId, lineId, fy, quarter, achievedToDate, rag, note,
                EffectiveFrom.instantOf(effectiveFrom), expectedVersion);
    }
}
