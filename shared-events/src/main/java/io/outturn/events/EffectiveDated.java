package io.outturn.events;

import java.time.Instant;

/**
 * An event that can say when the organisation adopted what it records (the plan's approval, the committee's
 * decision, the figure's publication), beside when Outturn recorded it (the event's timestamp). Reads "in force
 * at T" use the first, reads "as of T" the second.
 *
 * <p>The rule, in one sentence: a null {@code effectiveFrom} means effective from the moment it was recorded.
 * Every event recorded before revision 2 has a null one.
 */
public interface EffectiveDated {

    /** When the organisation adopted this; null means when it was recorded. Never later than when it was recorded. */
    Instant effectiveFrom();

    /** When this took effect, given when it was recorded (the event's timestamp): the one place the rule above is applied. */
    default Instant effectiveAt(Instant recordedAt) {
        return effectiveFrom() != null ? effectiveFrom() : recordedAt;
    }
}
