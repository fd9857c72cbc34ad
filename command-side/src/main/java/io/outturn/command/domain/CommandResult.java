package io.outturn.command.domain;

/**
 * What every command answers. {@code version} is the number of events the aggregate has after the command
 * (1 after creation), the value of the {@code ETag} and of {@code If-Match}; {@code changed} is false when the
 * command was a no-op and emitted nothing.
 */
public record CommandResult(String id, long version, boolean changed) {
}
