package io.outturn.events;

import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A savings line's per-year profile was replaced (which also covers moving savings between years).
 *
 * @param previous      the profile it replaces
 * @param justification why it was revised; {@code REPHASING} when savings only moved between years (revision 2)
 * @param effectiveFrom when the organisation adopted the revision; null means when it was recorded (revision 2)
 */
@Revision("2")
public record SavingsLineRevisedEvent(
        ProgrammeId programmeId,
        LineId lineId,
        SavingsProfile previous,
        SavingsProfile profile,
        Justification justification,
        Instant effectiveFrom) implements SavingsProgrammeEvent, Justified, EffectiveDated {
}
