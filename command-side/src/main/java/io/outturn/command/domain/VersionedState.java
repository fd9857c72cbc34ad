package io.outturn.command.domain;

/**
 * An aggregate's state as its events have made it, numbered by how many there were: the version that a
 * command's answer and its {@code ETag} carry and that an {@code If-Match} names. Written once here for every
 * aggregate: the version check a command starts with, and the answer it ends with.
 */
public interface VersionedState {

    /** The aggregate's identifier, or null before its first event. */
    String aggregateId();

    /** The number of events folded into this state: 0 before the first, 1 after creation. */
    long version();

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
