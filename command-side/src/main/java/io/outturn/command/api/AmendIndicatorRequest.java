package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.AmendIndicatorCommand;
import io.outturn.values.Decision;
import io.outturn.values.IndicatorId;
import io.outturn.values.ReasonCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.math.BigDecimal;

/** {@code PATCH /api/indicators/{id}}: only what is given changes; a change says why. */
record AmendIndicatorRequest(
        String title,
        String serviceGroup,
        String leadOfficer,
        @DecimalMin("0") @DecimalMax("100") BigDecimal tolerancePercent,
        @Valid BaselineRequest baseline,
        String reason,
        ReasonCode reasonCode,
        Decision decision) {

    AmendIndicatorCommand toCommand(IndicatorId id, Long expectedVersion) {
        return new AmendIndicatorCommand(id, title, serviceGroup, leadOfficer, tolerancePercent,
                baseline == null ? null : baseline.toBaseline(), new GivenJustification(reasonCode, reason, decision),
                expectedVersion);
    }
}
