package io.outturn.command.imports;

/** What is wrong with one cell of an imported file: its row (the header is row 1), its column, and why. */
public record ImportError(int row, String field, String message) {
}
