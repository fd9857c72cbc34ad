package io.outturn.command.savings;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a line's per-year profile; needs a reason. The same profile again is a no-op. */
public record ReviseSavingsLineCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        LineId lineId,
        SavingsProfile profile,
        String reason,
        Long expectedVersion) implements OutturnCommand {
}
