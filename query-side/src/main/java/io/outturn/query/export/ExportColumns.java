package io.outturn.query.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of an export, in order, each with a header and a type: what a row of {@code R} shows in it. The type
 * decides the cell: a number is a number cell (never text), a time an ISO-8601 UTC time, text is text with any
 * leading formula sign neutralised. A column's value may be null: the cell is left empty.
 *
 * <pre>{@code
 * ExportColumns<AuditItem> columns = ExportColumns.<AuditItem>builder()
 *         .text("eventId", AuditItem::eventId)
 *         .number("sequence", AuditItem::sequence)
 *         .time("recordedAt", AuditItem::recordedAt)
 *         .build();
 * }</pre>
 *
 * @param <R> what one row is made from
 */
public final class ExportColumns<R> {

    private final List<Column<R>> columns;

    private ExportColumns(List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
    }

    public static <R> Builder<R> builder() {
        return new Builder<>();
    }

    /** The header row. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    List<Column<R>> columns() {
        return columns;
    }

    /** The cells of one row, in column order. */
    List<Cell> cellsOf(R row) {
        List<Cell> cells = new ArrayList<>(columns.size());
        for (Column<R> column : columns) {
            cells.add(column.cellOf(row));
        }
        return cells;
    }

    /** How a column is written. */
    enum Type {
        TEXT, NUMBER, TIME, BOOLEAN
    }

    record Column<R>(String header, Type type, Function<? super R, Cell> cell) {

        Cell cellOf(R row) {
            return cell.apply(row);
        }
    }

    public static final class Builder<R> {

        private final List<Column<R>> columns = new ArrayList<>();
        private final Set<String> headers = new LinkedHashSet<>();

        private Builder() {
        }

        /** Text, written as it is, except that a leading formula sign is neutralised (see {@link FormulaGuard}). */
        public Builder<R> text(String header, Function<? super R, ?> value) {
            return add(header, Type.TEXT, row -> Cell.text(value.apply(row)));
        }

        /**
         * A number ({@link BigDecimal}, {@link BigInteger}, {@code long}, {@code int}), written exactly: plain in a
         * CSV, a number cell in a workbook (text only when a spreadsheet's number could not hold it exactly).
         */
        public Builder<R> number(String header, Function<? super R, ? extends Number> value) {
            return add(header, Type.NUMBER, row -> Cell.number(value.apply(row)));
        }

        /** A moment, written as ISO-8601 in UTC ({@code 2011-09-01T11:00:00Z}). */
        public Builder<R> time(String header, Function<? super R, Instant> value) {
            return add(header, Type.TIME, row -> Cell.time(value.apply(row)));
        }

        /** true or false: {@code true}/{@code false} in a CSV, a boolean cell in a workbook. */
        public Builder<R> bool(String header, Function<? super R, Boolean> value) {
            return add(header, Type.BOOLEAN, row -> Cell.bool(value.apply(row)));
        }

        public ExportColumns<R> build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("an export needs at least one column");
            }
            return new ExportColumns<>(columns);
        }

        private Builder<R> add(String header, Type type, Function<? super R, Cell> cell) {
            if (header == null || header.isBlank()) {
                throw new IllegalArgumentException("a column needs a header");
            }
            if (!headers.add(header)) {
                throw new IllegalArgumentException("two columns are headed " + header);
            }
            columns.add(new Column<>(header, type, cell));
            return this;
        }
    }
}
