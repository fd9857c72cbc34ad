package io.outturn.command.api;

import io.outturn.command.savings.AddSavingsLineCommand;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/savings-programmes/{pid}/lines}: {@code ref} as printed, which may repeat across service areas;
 * {@code effectiveFrom} is when the organisation adopted the line.
 */
record AddSavingsLineRequest(
        @NotNull LineId lineId,
        @NotBlank String ref,
        @NotBlank String title,
        @NotBlank String serviceArea,
        @NotNull SavingsProfile profile,
        EffectiveFrom effectiveFrom) {

    AddSavingsLineCommand toCommand(ProgrammeId programmeId, Long expectedVersion) {
        return new AddSavingsLineCommand(programmeId, lineId, ref, title, serviceArea, profile,
                EffectiveFrom.instantOf(effectiveFrom), expectedVersion);
    }
}
