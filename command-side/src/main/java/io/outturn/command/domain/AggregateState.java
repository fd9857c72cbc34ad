package io.outturn.command.domain;

/**
 * An aggregate's state as its events have made it: a pure, immutable fold, {@link #apply} one event of type
 * {@code E} at a time, numbered by how many there were. That number is the version that a command's answer and
 * its {@code ETag} carry and that an {@code If-Match} names. Written once here for every aggregate: the fold,
 * the version check a command starts with, and the answer it ends with.
 *
 * @param <S> the state type itself
 * @param <E> the aggregate's events
 */
public interface AggregateState<S extends AggregateState<S, E>, E> {

    /** The aggregate's identifier, or null before its first event. */
    String aggregateId();

    /** The number of events folded into this state: 0 before the first, 1 after creation. */
    long version();

    /** Whether the aggregate has had its first event: an indicator defined, a programme created. */
    default boolean exists() {
        return aggregateId() != null;
    }

    /** The state after one more event. */
    S apply(E event);

    /** The state after {@code events}, folded from {@code initial}. */
    static <S extends AggregateState<S, E>, E> S fold(S initial, Iterable<? extends E> events) {
        S state = initial;
        for (E event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /** @throws RejectedException VERSION_CONFLICT when the command names a version other than this one */
    default void requireVersion(OutturnCommand command) {
        ExpectedVersionPolicy.requireCurrent(command, version());
    }

    /** The answer to a command that emitted events (read after they were applied). */
    default CommandResult changed() {
        return result(true);
    }

    /** The answer to a command that changed nothing. */
    default CommandResult unchanged() {
        return result(false);
    }

    default CommandResult result(boolean changed) {
        return new CommandResult(aggregateId(), version(), changed);
    }
}
