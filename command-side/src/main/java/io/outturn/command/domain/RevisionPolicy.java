package io.outturn.command.domain;

import java.util.function.BiPredicate;

/**
 * The one rule behind targets, actuals, definitions and savings profiles: the first value is simply recorded,
 * the same value again changes nothing, and replacing a value with a different one is a revision, which must say
 * why ({@link JustificationPolicy}).
 */
public final class RevisionPolicy {

    /** What a proposed value is, measured against what is currently recorded. */
    public enum Outcome {
        FIRST, UNCHANGED, REVISION
    }

    private RevisionPolicy() {
    }

    /**
     * @param current  what is recorded now, or null when nothing is
     * @param proposed what the command asks for
     * @param same     when two values count as the same (e.g. numerically equal)
     */
    public static <T> Outcome decide(T current, T proposed, BiPredicate<T, T> same) {
        if (current == null) {
            return Outcome.FIRST;
        }
        return same.test(current, proposed) ? Outcome.UNCHANGED : Outcome.REVISION;
    }
}
