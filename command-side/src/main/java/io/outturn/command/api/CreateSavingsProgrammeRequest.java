package io.outturn.command.api;

import io.outturn.command.savings.CreateSavingsProgrammeCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/savings-programmes}. */
record CreateSavingsProgrammeRequest(
        @NotNull ProgrammeId id,
        @NotBlank @MaxLength(InputLimits.TITLE_LENGTH) String title,
        @NotBlank @MaxLength(InputLimits.NAME_LENGTH) String organisation,
        @NotEmpty @Size(max = InputLimits.MAX_FINANCIAL_YEARS) List<@NotNull FinancialYear> financialYears,
        Money overallTarget) {

    CreateSavingsProgrammeCommand toCommand() {
        return new CreateSavingsProgrammeCommand(id, title, organisation, List.copyOf(financialYears), overallTarget);
    }
}
