package io.outturn.command.savings;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a line from its programme; needs a reason. */
public record WithdrawSavingsLineCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        LineId lineId,
        String reason,
        Long expectedVersion) implements OutturnCommand {
}
