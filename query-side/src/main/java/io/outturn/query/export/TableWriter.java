package io.outturn.query.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes one table, header first, row by row, in one format; {@link #finish} completes the file. */
sealed interface TableWriter extends Closeable permits CsvTableWriter, XlsxTableWriter {

    static TableWriter of(ExportFormat format, OutputStream out, String title, List<ExportColumns.Type> types)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, title, types);
        };
    }

    void header(List<String> headers) throws IOException;

    void row(List<Cell> cells) throws IOException;

    /** Writes what is left and flushes it to the output, which stays open. */
    void finish() throws IOException;
}
