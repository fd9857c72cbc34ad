package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.savings.ReviseSavingsLineCommand;
import io.outturn.values.Decision;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.ReasonCode;
import io.outturn.values.SavingsProfile;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/savings-programmes/{pid}/lines/{lineId}}: the new profile replaces the old one, saying why. */
record ReviseSavingsLineRequest(@NotNull SavingsProfile profile, String reason, ReasonCode reasonCode,
                                Decision decision, EffectiveFrom effectiveFrom) {

    ReviseSavingsLineCommand toCommand(ProgrammeId programmeId, LineId lineId, Long expectedVersion) {
        return new ReviseSavingsLineCommand(programmeId, lineId, profile,
                new GivenJustification(reasonCode, reason, decision), EffectiveFrom.instantOf(effectiveFrom),
                expectedVersion);
    }
}
