package io.outturn.command.imports;

/** A cell that cannot be read as what its column holds; the message says what was expected. */
final class NotationException extends IllegalArgumentException {

    NotationException(String message) {
        super(message);
    }
}
