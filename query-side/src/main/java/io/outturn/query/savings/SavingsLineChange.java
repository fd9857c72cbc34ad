package io.outturn.query.savings;

import io.outturn.values.Decision;
import io.outturn.values.ReasonCode;
import io.outturn.values.SavingsProfile;

import java.time.Instant;

/**
 * One change of a savings line, as the auditor sees it: the profile before ({@code previous}, null when the
 * line was added) and after ({@code profile}, null when it was withdrawn), who made the change, why ({@code reason}
 * as the metadata carries it; the {@code reasonCode} and {@code decision} of its justification, null for an
 * addition) and when: recorded at {@code recordedAt}, in effect from {@code effectiveFrom}.
 */
record SavingsLineChange(
        long version,
        Type type,
        SavingsProfile previous,
        SavingsProfile profile,
        String actor,
        String reason,
        ReasonCode reasonCode,
        Decision decision,
        Instant effectiveFrom,
        Instant recordedAt,
        String eventId) {

    enum Type {
        ADDED, REVISED, WITHDRAWN
    }
}
