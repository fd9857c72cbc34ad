package io.outturn.events;

import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A line was added to a savings programme.
 *
 * @param ref           as printed; may repeat across service areas
 * @param effectiveFrom when the organisation adopted the line (e.g. the budget's approval); null means when it was
 *                      recorded (revision 2)
 */
@Revision("2")
public record SavingsLineAddedEvent(
        ProgrammeId programmeId,
        LineId lineId,
        String ref,
        String title,
        String serviceArea,
        SavingsProfile profile,
        Instant effectiveFrom) implements SavingsProgrammeEvent, EffectiveDated {
}
