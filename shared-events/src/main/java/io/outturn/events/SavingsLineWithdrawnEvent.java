package io.outturn.events;

import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.serialization.Revision;

/** A savings line was withdrawn from its programme; {@code previous} is the profile it had. */
@Revision("1")
public record SavingsLineWithdrawnEvent(
        ProgrammeId programmeId,
        LineId lineId,
        SavingsProfile previous) implements SavingsProgrammeEvent {
}
