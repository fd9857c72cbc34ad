package io.outturn.command.api;

import io.outturn.command.savings.AddSavingsLineCommand;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/savings-programmes/{pid}/lines}: {@code ref} as printed, which may repeat across service areas;
 * {@code effectiveFrom} is when the organisation adopted the line.
 */
record AddSavingsLineRequest(
        @NotNull LineId lineId,
        @NotBlank @MaxLength(InputLimits.REF_LENGTH) String ref,
        @NotBlank @MaxLength(InputLimits.TITLE_LENGTH) String title,
        @NotBlank @MaxLength(InputLimits.NAME_LENGTH) String serviceArea,
        @NotNull SavingsProfile profile,
        EffectiveFrom effectiveFrom) {

    AddSavingsLineCommand toCommand(ProgrammeId programmeId, Long expectedVersion) {
        return new AddSavingsLineCommand(programmeId, lineId, ref, title, serviceArea, profile,
                EffectiveFrom.instantOf(effectiveFrom), expectedVersion);
    }
}
