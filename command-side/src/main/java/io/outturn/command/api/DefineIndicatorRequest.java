package io.outturn.command.api;

import io.outturn.command.indicator.DefineIndicatorCommand;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** {@code POST /api/indicators}. */
record DefineIndicatorRequest(
        @NotNull IndicatorId id,
        @NotBlank @MaxLength(InputLimits.TITLE_LENGTH) String title,
        @NotBlank @MaxLength(InputLimits.NAME_LENGTH) String organisation,
        @MaxLength(InputLimits.NAME_LENGTH) String serviceGroup,
        @MaxLength(InputLimits.NAME_LENGTH) String leadOfficer,
        @NotNull Framework framework,
        @NotNull Unit unit,
        @NotNull Polarity polarity,
        @NotNull RollUp rollUp,
        @DecimalMin("0") @DecimalMax("100") BigDecimal tolerancePercent,
        @Valid BaselineRequest baseline) {

    DefineIndicatorCommand toCommand() {
        return new DefineIndicatorCommand(id, title, organisation, serviceGroup, leadOfficer, framework, unit,
                polarity, rollUp, tolerancePercent, baseline == null ? null : baseline.toBaseline());
    }
}
