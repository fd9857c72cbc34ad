package io.outturn.command.imports;

import io.outturn.web.input.InputLimits;

import java.util.List;
import java.util.Optional;
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

    /** The cell's text, or an error when it is empty or longer than {@code maxLength}. */
    String required(String column, int maxLength) {
        limit(column, maxLength);
        return required(column);
    }

    /**
     * Whether the cell is at most {@code maxLength} characters, one of {@link InputLimits}' lengths; an error when
     * it is longer.
     */
    boolean limit(String column, int maxLength) {
        Optional<String> problem = InputLimits.textProblem(text(column), maxLength);
        problem.ifPresent(tooLong -> error(column, tooLong));
        return problem.isEmpty();
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
