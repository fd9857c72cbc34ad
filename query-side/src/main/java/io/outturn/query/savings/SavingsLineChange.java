package io.outturn.query.savings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.outturn.values.SavingsProfile;

import java.time.Instant;

/**
 * One change of a savings line, as the auditor sees it: the profile before ({@code previous}, null when the
 * line was added) and after ({@code profile}, null when it was withdrawn), who made the change, why, when it was
 * recorded and when it took effect ({@code effectiveFrom}, absent when as it was recorded).
 */
record SavingsLineChange(
        long version,
        Type type,
        SavingsProfile previous,
        SavingsProfile profile,
        String actor,
        String reason,
        Instant recordedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant effectiveFrom,
        String eventId) {

    enum Type {
        ADDED, REVISED, WITHDRAWN
    }
}
