package io.outturn.events;

import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.serialization.Revision;

/** A line was added to a savings programme; {@code ref} is as printed and may repeat across service areas. */
@Revision("1")
public record SavingsLineAddedEvent(
        ProgrammeId programmeId,
        LineId lineId,
        String ref,
        String title,
        String serviceArea,
        SavingsProfile profile) implements SavingsProgrammeEvent {
}
