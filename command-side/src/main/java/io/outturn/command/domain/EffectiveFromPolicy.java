package io.outturn.command.domain;

import java.time.Clock;
import java.time.Instant;

/**
 * When a change takes effect ({@code effectiveFrom}: the plan's approval, the committee's decision, the figure's
 * publication). Without one given, the command's own time from the injected clock. A given one may not be later
 * than that, and may not go back before the effective date of the version it replaces (the same year's target,
 * the same quarter's actual, the same savings line), so that each thing's versions take effect in the order they
 * were recorded.
 */
public final class EffectiveFromPolicy {

    static final String FIELD = "effectiveFrom";

    private EffectiveFromPolicy() {
    }

    /**
     * @param given    the command's {@code effectiveFrom}, or null
     * @param replaced when the version this change replaces took effect, or null when it replaces none
     * @param now      the command's time
     * @throws RejectedException EFFECTIVE_FROM_IN_FUTURE or EFFECTIVE_FROM_BEFORE_PREVIOUS
     */
    public static Instant decide(Instant given, Instant replaced, Instant now) {
        if (given == null) {
            return now;
        }
        if (given.isAfter(now)) {
            throw new RejectedException(Rejection.Code.EFFECTIVE_FROM_IN_FUTURE, FIELD,
                    "effectiveFrom " + given + " is later than now, " + now
                            + ": a change can only take effect once it has been decided");
        }
        if (replaced != null && given.isBefore(replaced)) {
            throw new RejectedException(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, FIELD,
                    "effectiveFrom " + given + " is earlier than " + replaced
                            + ", when the version it replaces took effect");
        }
        return given;
    }

    public static Instant decide(Instant given, Instant replaced, Clock clock) {
        return decide(given, replaced, clock.instant());
    }
}
