package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.RecordActualCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** {@code PUT /api/indicators/{id}/actuals/{fy}/{quarter}}: a different value later is a correction and needs a reason. */
record RecordActualRequest(@NotNull BigDecimal value, String note, String reason) {

    RecordActualCommand toCommand(IndicatorId id, FinancialYear fy, Quarter quarter, Long expectedVersion) {
        return new RecordActualCommand(id, fy, quarter, value, note, GivenJustification.reason(reason), null,
                expectedVersion);
    }
}
