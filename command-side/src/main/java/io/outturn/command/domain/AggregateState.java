package io.outturn.command.domain;

import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;

/**
 * An aggregate's state as its events have made it: a pure, immutable fold, {@link #apply} one event of type
 * {@code E} at a time with the time it was recorded, numbered by how many there were. That number is the version that a command's answer and
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

    /**
     * The state after one more event. {@code recordedAt} is the event's timestamp: when it took effect, unless it
     * says otherwise ({@code EffectiveDated}), which a later change may not go back before.
     */
    S apply(E event, Instant recordedAt);

    /** The state after {@code events} as they were recorded, folded from {@code initial}; other payloads are passed over. */
    static <S extends AggregateState<S, E>, E> S fold(S initial, Class<E> type,
                                                      Iterable<? extends EventMessage<?>> events) {
        S state = initial;
        for (EventMessage<?> event : events) {
            if (type.isInstance(event.getPayload())) {
                state = state.apply(type.cast(event.getPayload()), event.getTimestamp());
            }
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
