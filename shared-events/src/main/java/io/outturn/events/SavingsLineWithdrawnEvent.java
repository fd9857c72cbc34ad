package io.outturn.events;

import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A savings line was withdrawn from its programme.
 *
 * @param previous      the profile it had
 * @param justification why it was withdrawn (revision 2)
 * @param effectiveFrom when the organisation withdrew it; null means when it was recorded (revision 2)
 */
@Revision("2")
public record SavingsLineWithdrawnEvent(
        ProgrammeId programmeId,
        LineId lineId,
        SavingsProfile previous,
        Justification justification,
        Instant effectiveFrom) implements SavingsProgrammeEvent, Justified, EffectiveDated {
}
