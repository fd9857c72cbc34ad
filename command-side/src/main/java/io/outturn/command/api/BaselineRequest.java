package io.outturn.command.api;

import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** {@code baseline: {value, fy, note?}}: the value an indicator started from. */
record BaselineRequest(@NotNull BigDecimal value, @NotNull FinancialYear fy,
                       @MaxLength(InputLimits.TEXT_LENGTH) String note) {

    Baseline toBaseline() {
        return new Baseline(value, fy, note);
    }
}
