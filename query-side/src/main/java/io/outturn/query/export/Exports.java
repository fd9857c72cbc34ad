package io.outturn.query.export;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a list as a CSV or XLSX file, streamed: each row is read from its {@link RowSource}, written and let go,
 * so the size of an export is bounded by the disk, not the heap. A controller that answers a list as JSON answers
 * its export through {@link #answer}:
 *
 * <pre>{@code
 * @GetMapping("/api/audit")
 * AuditPage search(..., @RequestParam(required = false) String format,
 *                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
 *                  HttpServletResponse response) {
 *     ... read and check the filters first: a refusal must still be a problem document ...
 *     Optional<ExportFormat> export = ExportFormat.requested(format, accept);
 *     if (export.isPresent()) {
 *         Exports.answer(response, export.get(), "outturn-audit", COLUMNS, rows);
 *         return null; // answered: Spring writes nothing more once a handler has taken the response
 *     }
 *     return page;
 * }
 * }</pre>
 *
 * The export is written on the request's own thread: no asynchronous timeout cuts a long one short.
 */
public final class Exports {

    /** Headers an export sets; a failure before anything was sent takes them back. */
    private static final Set<String> EXPORT_HEADERS = Set.of(HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_DISPOSITION.toLowerCase(Locale.ROOT), HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT));

    private Exports() {
    }

    /**
     * Answers the request with the export: 200, the format's type, and {@code Content-Disposition: attachment} with
     * {@code fileName} and the format's extension (the sheet of a workbook is named after it too). Check
     * everything that can be refused before: once rows have been sent, a failure can no longer become a problem
     * document; it cuts the answer short instead, so that a client never takes a truncated file for a whole one
     * (see the web-support {@code ProblemAdvice}). A failure before anything was sent leaves the response as it
     * was, for the problem document.
     */
    public static <R> void answer(HttpServletResponse response, ExportFormat format, String fileName,
                                  ExportColumns<R> columns, RowSource<R> rows) {
        Map<String, List<String>> before = headersOf(response);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName + "." + format.extension()).build().toString());
        try {
            OutputStream out = response.getOutputStream();
            write(out, format, fileName, columns, rows);
            out.flush();
        } catch (IOException e) {
            throw restored(response, before, new UncheckedIOException("could not send the " + fileName + " export", e));
        } catch (RuntimeException e) {
            throw restored(response, before, e);
        }
    }

    /** Writes the export to {@code out}, which stays open; answers the number of rows written, header aside. */
    public static <R> long write(OutputStream out, ExportFormat format, String title, ExportColumns<R> columns,
                                 RowSource<R> rows) throws IOException {
        List<ExportColumns.Type> types = columns.columns().stream().map(ExportColumns.Column::type).toList();
        try (TableWriter writer = TableWriter.of(format, out, title, types)) {
            writer.header(columns.headers());
            long[] written = {0};
            rows.forEach(unchecked(row -> {
                writer.row(columns.cellsOf(row));
                written[0]++;
            }));
            writer.finish();
            return written[0];
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <R> Consumer<R> unchecked(IoConsumer<R> consumer) {
        return row -> {
            try {
                consumer.accept(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @FunctionalInterface
    private interface IoConsumer<R> {
        void accept(R row) throws IOException;
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!EXPORT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return headers;
    }

    /** Before anything was sent: the response as it was before the export began (its headers, no body). */
    private static RuntimeException restored(HttpServletResponse response, Map<String, List<String>> headers,
                                             RuntimeException failure) {
        if (!response.isCommitted()) {
            response.reset();
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        return failure;
    }
}
