package io.outturn.query.savings;

import io.outturn.values.SavingsProfile;

import java.time.Instant;

/**
 * One change of a savings line, as the auditor sees it: the profile before ({@code previous}, null when the
 * line was added) and after ({@code profile}, null when it was withdrawn), who made the change, why and when.
 */
record SavingsLineChange(
        long version,
        Type type,
        SavingsProfile previous,
        SavingsProfile profile,
        String actor,
        String reason,
        Instant recordedAt,
        String eventId) {

    enum Type {
        ADDED, REVISED, WITHDRAWN
    }
}
