package io.outturn.query.export;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hundred thousand audit rows, made one at a time as the writer asks for them (as a database cursor hands them
 * over), never all in memory: the CSV reaches its output as it is written, behind one small buffer; the workbook
 * holds at most its window of rows, the rest going to a temporary file. Each file is read back in full, the workbook
 * with POI's streaming reader.
 */
class StreamedExportTest {

    private static final int ROWS = 100_000;
    private static final Instant FIRST = Instant.parse("2011-04-05T09:30:00Z");

    record AuditRow(String eventId, long sequence, Instant recordedAt, String actor, BigDecimal value) {
    }

    private static final ExportColumns<AuditRow> COLUMNS = ExportColumns.<AuditRow>builder()
            .text("eventId", AuditRow::eventId)
            .number("sequence", AuditRow::sequence)
            .time("recordedAt", AuditRow::recordedAt)
            .text("actor", AuditRow::actor)
            .number("value", AuditRow::value)
            .build();

    private static AuditRow row(long n) {
        return new AuditRow("event-" + n, n, FIRST.plusSeconds(n), n % 2 == 0 ? "manager" : "=cmd|' /C calc'!A0",
                BigDecimal.valueOf(8120 + n));
    }

    /** Rows made on demand, each checked against what the writer has let go of so far. */
    private static Iterable<AuditRow> rowsMadeOnDemand(Runnable beforeEachRow) {
        return () -> new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < ROWS;
            }

            @Override
            public AuditRow next() {
                beforeEachRow.run();
                return row(next++);
            }
        };
    }

    @Test
    void aHundredThousandCsvRowsReachTheOutputAsTheyAreMadeBehindOneSmallBuffer() throws IOException {
        CountingOutput out = new CountingOutput();
        List<Long> heldBack = new ArrayList<>();
        long[] rowsMade = {0};
        // Every row is at least 40 bytes; whatever has been made but not output is in the writer's buffer.
        long written = Exports.write(out, ExportFormat.CSV, "audit", COLUMNS, RowSource.of(rowsMadeOnDemand(() -> {
            if (++rowsMade[0] % 10_000 == 0) {
                heldBack.add(Math.max(0, (rowsMade[0] - 1) * 40 - out.count));
            }
        })));

        assertThat(written).isEqualTo(ROWS);
        assertThat(heldBack).hasSize(ROWS / 10_000).allSatisfy(bytes -> assertThat(bytes).isLessThan(64 * 1024));
        assertThat(out.count).isGreaterThan(ROWS * 40L);
    }

    @Test
    void aHundredThousandWorkbookRowsKeepAtMostTheWindowInMemoryAndAllReadBack() throws Exception {
        Path file = Files.createTempFile("outturn-export-", ".xlsx");
        try {
            int[] mostInMemory = {0};
            try (OutputStream out = new FileOutputStream(file.toFile());
                 XlsxTableWriter writer = new XlsxTableWriter(out, "audit",
                         COLUMNS.columns().stream().map(ExportColumns.Column::type).toList())) {
                writer.header(COLUMNS.headers());
                for (AuditRow row : rowsMadeOnDemand(() -> { })) {
                    writer.row(COLUMNS.cellsOf(row));
                    mostInMemory[0] = Math.max(mostInMemory[0], writer.rowsInMemory());
                }
                writer.finish();
            }

            assertThat(mostInMemory[0]).isEqualTo(XlsxTableWriter.ROWS_IN_MEMORY);
            Map<String, String> last = new HashMap<>();
            long rows = readStreaming(file.toFile(), last);
            assertThat(rows).isEqualTo(ROWS + 1L);
            long n = ROWS - 1;
            assertThat(last).containsEntry("A", "event-" + n)
                    .containsEntry("B", Long.toString(n))
                    .containsEntry("C", "2011-04-06T13:16:39.000Z")
                    .containsEntry("D", "=cmd|' /C calc'!A0")
                    .containsEntry("E", Long.toString(8120 + n));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Counts the sheet's rows with POI's event reader, keeping the last row's formatted cells by column. */
    private static long readStreaming(File file, Map<String, String> lastRow) throws Exception {
        long[] rows = {0};
        try (OPCPackage workbook = OPCPackage.open(file)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                    rows[0]++;
                    lastRow.clear();
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String reference, String formattedValue, XSSFComment comment) {
                    lastRow.put(reference.replaceAll("[0-9]", ""), formattedValue);
                }
            };
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook), counter, isoTimes(), false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new InputSource(sheet));
            }
        }
        return rows[0];
    }

    /**
     * A formatter that shows the export's time cells as ISO-8601: POI's own guess at date formats misses one ending in
     * a literal Z (spreadsheets go by the format's date codes).
     */
    private static DataFormatter isoTimes() {
        DataFormatter formatter = new DataFormatter();
        formatter.addFormat(XlsxTableWriter.TIME_FORMAT, new Format() {
            @Override
            public StringBuffer format(Object serial, StringBuffer into, FieldPosition position) {
                return into.append(DateUtil.getLocalDateTime(((Number) serial).doubleValue())
                        .atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")));
            }

            @Override
            public Object parseObject(String text, ParsePosition position) {
                throw new UnsupportedOperationException("only formats");
            }
        });
        return formatter;
    }

    private static final class CountingOutput extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }

    @Test
    void theRowSourceIsOpenedOnlyWhenTheExportIsWrittenAndClosedAfter() throws IOException {
        List<String> happened = new ArrayList<>();
        RowSource<AuditRow> source = RowSource.streamed(() -> {
            happened.add("opened");
            return LongStream.range(0, 3).mapToObj(StreamedExportTest::row).onClose(() -> happened.add("closed"));
        });
        assertThat(happened).isEmpty();

        Exports.write(new CountingOutput(), ExportFormat.CSV, "audit", COLUMNS, source);

        assertThat(happened).containsExactly("opened", "closed");
    }
}
