package io.outturn.command.api;

import io.outturn.command.savings.CreateSavingsProgrammeCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** {@code POST /api/savings-programmes}. */
record CreateSavingsProgrammeRequest(
        @NotNull ProgrammeId id,
        @NotBlank String title,
        @NotBlank String organisation,
        @NotEmpty List<@NotNull FinancialYear> financialYears,
        Money overallTarget) {

    CreateSavingsProgrammeCommand toCommand() {
        return new CreateSavingsProgrammeCommand(id, title, organisation, List.copyOf(financialYears), overallTarget);
    }
}
