package io.outturn.command.savings;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Withdraws a line from its programme; needs a justification. {@code effectiveFrom} null means now. */
public record WithdrawSavingsLineCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        LineId lineId,
        GivenJustification justification,
        Instant effectiveFrom,
        Long expectedVersion) implements OutturnCommand {

    public WithdrawSavingsLineCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }
}
