package io.outturn.command.domain;

/**
 * What every command carries besides its payload. {@code expectedVersion} is the version from the client's
 * {@code If-Match} (number of events the client last saw), or null for "whatever is current";
 * {@code reason} is why a revision, correction or withdrawal is made, or null.
 */
public interface OutturnCommand {

    Long expectedVersion();

    default String reason() {
        return null;
    }

    /** For a command that creates an aggregate, the organisation it will belong to; null for every other command. */
    default String organisation() {
        return null;
    }
}
