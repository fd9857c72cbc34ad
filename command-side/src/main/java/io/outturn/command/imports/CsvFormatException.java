package io.outturn.command.imports;

/** A file that is not well-formed CSV, naming the row where reading failed. */
final class CsvFormatException extends RuntimeException {

    private final int row;

    CsvFormatException(int row, String message, Throwable cause) {
        super(message, cause);
        this.row = row;
    }

    int row() {
        return row;
    }
}
