package io.outturn.command.imports;

import java.util.List;
import java.util.function.Function;

/** Reads the cells of one row, collecting an error for every cell that cannot be read rather than stopping. */
final class RowReader {

    private final CsvRecord record;
    private final Columns columns;
    private final List<ImportError> errors;
    private int failures;

    RowReader(CsvRecord record, Columns columns, List<ImportError> errors) {
        this.record = record;
        this.columns = columns;
        this.errors = errors;
    }

    int row() {
        return record.row();
    }

    String text(String column) {
        return columns.value(record, column);
    }

    /** The cell's text, or an error when it is empty. */
    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            error(column, column + " is empty");
        }
        return value;
    }

    /** The cell read by {@code reader}, or null (and an error) when it is empty or {@code reader} refuses it. */
    <T> T required(String column, Function<String, T> reader) {
        String value = required(column);
        return value.isEmpty() ? null : read(column, value, reader);
    }

    /** The cell read by {@code reader}, or null when it is empty (or, with an error, when it is refused). */
    <T> T optional(String column, Function<String, T> reader) {
        String value = text(column);
        return value.isEmpty() ? null : read(column, value, reader);
    }

    <T> T read(String column, String value, Function<String, T> reader) {
        try {
            return reader.apply(value);
        } catch (IllegalArgumentException refused) {
            error(column, refused.getMessage());
            return null;
        }
    }

    void error(String column, String message) {
        failures++;
        errors.add(new ImportError(record.row(), column, message));
    }

    /** True when no cell of this row has been refused. */
    boolean clean() {
        return failures == 0;
    }
}
