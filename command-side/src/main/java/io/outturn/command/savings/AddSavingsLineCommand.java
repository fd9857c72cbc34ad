package io.outturn.command.savings;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Adds a line to a programme; its profile may only use the programme's financial years. {@code effectiveFrom} (when
 * the organisation adopted the line) null means now.
 */
public record AddSavingsLineCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        LineId lineId,
        String ref,
        String title,
        String serviceArea,
        SavingsProfile profile,
        Instant effectiveFrom,
        Long expectedVersion) implements OutturnCommand {
}
