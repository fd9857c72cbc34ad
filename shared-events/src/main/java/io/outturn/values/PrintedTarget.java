package io.outturn.values;

import java.util.Objects;

/**
 * A target together with the text the plan printed it as ({@code 12,000}, {@code 75+}, {@code tbc}), kept for
 * provenance. {@code printed} is null when the target was given in structured form only. Two printed targets
 * are the same only if both the target and the text are: correcting the printed text is a revision too.
 */
public record PrintedTarget(Target target, String printed) {

    public PrintedTarget {
        Objects.requireNonNull(target, "target");
        printed = printed == null || printed.isBlank() ? null : printed.strip();
    }

    public static PrintedTarget of(Target target, String printed) {
        return new PrintedTarget(target, printed);
    }

    /** The printed target, or null when there is no target. */
    public static PrintedTarget orNull(Target target, String printed) {
        return target == null ? null : new PrintedTarget(target, printed);
    }
}
