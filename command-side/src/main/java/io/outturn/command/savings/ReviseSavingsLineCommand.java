package io.outturn.command.savings;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Replaces a line's per-year profile; needs a justification. The same profile again is a no-op. {@code effectiveFrom}
 * null means now.
 */
public record ReviseSavingsLineCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        LineId lineId,
        SavingsProfile profile,
        GivenJustification justification,
        Instant effectiveFrom,
        Long expectedVersion) implements OutturnCommand {

    public ReviseSavingsLineCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }
}
