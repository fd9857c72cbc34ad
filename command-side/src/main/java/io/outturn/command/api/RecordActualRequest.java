package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.RecordActualCommand;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import io.outturn.values.ReasonCode;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * {@code PUT /api/indicators/{id}/actuals/{fy}/{quarter}}: a different value later is a correction and says why;
 * {@code effectiveFrom} is when the figure was published.
 */
record RecordActualRequest(@NotNull BigDecimal value, String note, String reason, ReasonCode reasonCode,
                           Decision decision, EffectiveFrom effectiveFrom) {

    RecordActualCommand toCommand(IndicatorId id, FinancialYear fy, Quarter quarter, Long expectedVersion) {
        return new RecordActualCommand(id, fy, quarter, value, note,
                new GivenJustification(reasonCode, reason, decision), EffectiveFrom.instantOf(effectiveFrom),
                expectedVersion);
    }
}
