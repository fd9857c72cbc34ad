package io.outturn.command.api;

import io.outturn.command.indicator.RecordActualCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** {@code PUT /api/indicators/{id}/actuals/{fy}/{quarter}}: a different value later is a correction and needs a reason. */
record RecordActualRequest(@NotNull BigDecimal value,
                           @MaxLength(InputLimits.TEXT_LENGTH) String note,
                           @MaxLength(InputLimits.TEXT_LENGTH) String reason) {

    RecordActualCommand toCommand(IndicatorId id, FinancialYear fy, Quarter quarter, Long expectedVersion) {
        return new RecordActualCommand(id, fy, quarter, value, note, reason, expectedVersion);
    }
}
