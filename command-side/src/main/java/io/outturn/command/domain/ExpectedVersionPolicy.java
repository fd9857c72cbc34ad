package io.outturn.command.domain;


/**
 * Optimistic concurrency for every aggregate: a client that names the version it last saw (its {@code If-Match})
 * may only change the aggregate if that is still the current version. Checked exactly, in both directions,
 * before any other rule, so a stale client learns it is stale rather than which of its fields is wrong.
 */
public final class ExpectedVersionPolicy {

    private ExpectedVersionPolicy() {
    }

    /** True when the command names no version, or names the current one. */
    public static boolean accepts(Long expectedVersion, long currentVersion) {
        return expectedVersion == null || expectedVersion == currentVersion;
    }

    public static void requireCurrent(OutturnCommand command, long currentVersion) {
        Long expected = command.expectedVersion();
        if (!accepts(expected, currentVersion)) {
            throw new RejectedException(Rejection.Code.VERSION_CONFLICT, null,
                    "expected version " + expected + " but the current version is " + currentVersion);
        }
    }
}
