package io.outturn.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 (comma, double quotes, CRLF) through Commons CSV, in UTF-8 after a byte order mark: without it Excel
 * reads UTF-8 as the machine's code page and prints {@code Â£} for {@code £}. Each row goes to the output as it is
 * written, through one small buffer. Numbers are written plain ({@code 12000}, {@code 0.5}, never {@code 1.2E+4}),
 * times as ISO-8601 UTC, text through {@link FormulaGuard}.
 */
final class CsvTableWriter implements TableWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer writer;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> headers) throws IOException {
        List<String> guarded = new ArrayList<>(headers.size());
        headers.forEach(header -> guarded.add(FormulaGuard.forCsv(header)));
        printer.printRecord(guarded);
    }

    @Override
    public void row(List<Cell> cells) throws IOException {
        List<String> values = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            values.add(text(cell));
        }
        printer.printRecord(values);
    }

    private static String text(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return FormulaGuard.forCsv(text.value());
        }
        if (cell instanceof Cell.Decimal number) {
            return number.value().toPlainString();
        }
        if (cell instanceof Cell.Time time) {
            return DateTimeFormatter.ISO_INSTANT.format(time.value());
        }
        if (cell instanceof Cell.Bool bool) {
            return Boolean.toString(bool.value());
        }
        return "";
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    /** Leaves the output open: it belongs to the caller. */
    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
