package io.outturn.command.api;

import io.outturn.command.savings.ReviseSavingsLineCommand;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/savings-programmes/{pid}/lines/{lineId}}: the new profile replaces the old one. */
record ReviseSavingsLineRequest(@NotNull SavingsProfile profile, @MaxLength(InputLimits.TEXT_LENGTH) String reason) {

    ReviseSavingsLineCommand toCommand(ProgrammeId programmeId, LineId lineId, Long expectedVersion) {
        return new ReviseSavingsLineCommand(programmeId, lineId, profile, reason, expectedVersion);
    }
}
