package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.AmendIndicatorCommand;
import io.outturn.values.Decision;
import io.outturn.values.IndicatorId;
import io.outturn.values.ReasonCode;
import io.outturn.web.input.FixedFields;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.math.BigDecimal;

/**
 * {@code PATCH /api/indicators/{id}}: only what is given changes; a change says why. What decides how the indicator
 * is judged (unit, polarity, roll-up, framework) and whose it is cannot be changed this way: a client that sends
 * them is told so rather than having them ignored.
 */
@FixedFields(value = {"id", "organisation", "framework", "unit", "polarity", "rollUp"},
        why = "cannot be changed with PATCH: an indicator's id, organisation, framework, unit, polarity and roll-up "
                + "are fixed when it is defined")
record AmendIndicatorRequest(
        @MaxLength(InputLimits.TITLE_LENGTH) String title,
        @MaxLength(InputLimits.NAME_LENGTH) String serviceGroup,
        @MaxLength(InputLimits.NAME_LENGTH) String leadOfficer,
        @DecimalMin("0") @DecimalMax("100") BigDecimal tolerancePercent,
        @Valid BaselineRequest baseline,
        @MaxLength(InputLimits.TEXT_LENGTH) String reason,
        ReasonCode reasonCode,
        Decision decision) {

    AmendIndicatorCommand toCommand(IndicatorId id, Long expectedVersion) {
        return new AmendIndicatorCommand(id, title, serviceGroup, leadOfficer, tolerancePercent,
                baseline == null ? null : baseline.toBaseline(), new GivenJustification(reasonCode, reason, decision),
                expectedVersion);
    }
}
