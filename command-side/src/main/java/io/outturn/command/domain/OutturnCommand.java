package io.outturn.command.domain;

/**
 * What every command carries besides its payload. {@code expectedVersion} is the version from the client's
 * {@code If-Match} (number of events the client last saw), or null for "whatever is current";
 * {@code justification} is why a revision, correction or withdrawal is made, as the client gave it.
 */
public interface OutturnCommand {

    Long expectedVersion();

    /** Why the change is made, any part possibly missing; {@link GivenJustification#NONE} when nothing was given. */
    default GivenJustification justification() {
        return GivenJustification.NONE;
    }

    /** The reason in words, or null: what the events it causes carry as their metadata {@code reason}. */
    default String reason() {
        GivenJustification given = justification();
        return given == null ? null : given.reason();
    }
}
