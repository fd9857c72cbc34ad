package io.outturn.events;

import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.serialization.Revision;

/**
 * A savings line's per-year profile was replaced (which also covers moving savings between years); the
 * reason is in the event's metadata.
 */
@Revision("1")
public record SavingsLineRevisedEvent(
        ProgrammeId programmeId,
        LineId lineId,
        SavingsProfile previous,
        SavingsProfile profile) implements SavingsProgrammeEvent {
}
