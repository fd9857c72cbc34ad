package io.outturn.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports read back with the libraries that wrote them, as a spreadsheet would open them: the header, typed cells,
 * formula signs neutralised. Rows are NI130's target revisions: 12,000 revised to 9,000 with the reason "x".
 */
class ExportsTest {

    record Revision(String indicator, BigDecimal target, long version, Instant recordedAt, String reason,
                    Boolean withdrawn) {
    }

    private static final ExportColumns<Revision> COLUMNS = ExportColumns.<Revision>builder()
            .text("indicator", Revision::indicator)
            .number("target", Revision::target)
            .number("version", Revision::version)
            .time("recordedAt", Revision::recordedAt)
            .text("reason", Revision::reason)
            .bool("withdrawn", Revision::withdrawn)
            .build();

    private static final Instant SET_AT = Instant.parse("2011-04-05T09:30:00Z");
    private static final Instant EASED_AT = Instant.parse("2012-04-20T16:45:12.345678901Z");

    private static final List<Revision> ROWS = List.of(
            new Revision("NI130", new BigDecimal("12000"), 2, SET_AT, null, false),
            new Revision("NI130", new BigDecimal("9000.50"), 9, EASED_AT, "x", false),
            new Revision("NI130", new BigDecimal("-3880"), 10, EASED_AT, "=HYPERLINK(\"http://evil\",\"details\")", null),
            new Revision("NI130", null, 11, null, "-5% on last year", true),
            new Revision("@NI130", new BigDecimal("12345678901234567890.5"), 12, SET_AT, "+1 for the pilot", false));

    @Test
    void aCsvReadsBackWithItsHeaderPlainNumbersIsoTimesAndFormulasNeutralised() throws IOException {
        byte[] csv = export(ExportFormat.CSV, ROWS);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = readCsv(csv);
        assertThat(records.get(0).values())
                .containsExactly("indicator", "target", "version", "recordedAt", "reason", "withdrawn");
        assertThat(records.get(1).values())
                .containsExactly("NI130", "12000", "2", "2011-04-05T09:30:00Z", "", "false");
        assertThat(records.get(2).values())
                .containsExactly("NI130", "9000.50", "9", "2012-04-20T16:45:12.345678901Z", "x", "false");
        assertThat(records.get(3).values())
                .containsExactly("NI130", "-3880", "10", "2012-04-20T16:45:12.345678901Z",
                        "'=HYPERLINK(\"http://evil\",\"details\")", "");
        assertThat(records.get(4).values())
                .containsExactly("NI130", "", "11", "", "'-5% on last year", "true");
        assertThat(records.get(5).values())
                .containsExactly("'@NI130", "12345678901234567890.5", "12", "2011-04-05T09:30:00Z",
                        "'+1 for the pilot", "false");
        assertThat(records).hasSize(6);
    }

    @Test
    void aWorkbookReadsBackWithNumberCellsTimeCellsAndFormulaTextQuotePrefixed() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, ROWS)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("NI130 revisions");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("indicator");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("withdrawn");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            Row set = sheet.getRow(1);
            assertThat(set.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(set.getCell(1).getNumericCellValue()).isEqualTo(12000.0);
            assertThat(set.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            // A date-time cell in UTC, shown as ISO-8601. (POI's own guess at date formats misses one ending in a
            // literal Z; spreadsheets and other readers go by the format's date codes.)
            assertThat(set.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(set.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd\"T\"hh:mm:ss.000\"Z\"");
            assertThat(set.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2011-04-05T09:30:00"));
            assertThat(set.getCell(4)).isNull();
            assertThat(set.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(set.getCell(5).getBooleanCellValue()).isFalse();

            Row eased = sheet.getRow(2);
            assertThat(eased.getCell(1).getNumericCellValue()).isEqualTo(9000.5);
            // To the millisecond, as fine as a spreadsheet's times go; the CSV keeps every digit.
            assertThat(eased.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2012-04-20T16:45:12.345"));
            assertThat(eased.getCell(4).getStringCellValue()).isEqualTo("x");
            assertThat(eased.getCell(4).getCellStyle().getQuotePrefixed()).isFalse();

            Row formula = sheet.getRow(3);
            assertThat(formula.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(formula.getCell(1).getNumericCellValue()).isEqualTo(-3880.0);
            assertThat(formula.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(4).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"details\")");
            assertThat(formula.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();

            Row blanks = sheet.getRow(4);
            assertThat(blanks.getCell(1)).isNull();
            assertThat(blanks.getCell(3)).isNull();
            assertThat(blanks.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(blanks.getCell(5).getBooleanCellValue()).isTrue();

            Row tooPrecise = sheet.getRow(5);
            assertThat(tooPrecise.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(tooPrecise.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(tooPrecise.getCell(1).getStringCellValue()).isEqualTo("12345678901234567890.5");
        }
    }

    @Test
    void textLongerThanASpreadsheetCellHoldsIsCutAndSaysSoInAWorkbookButNotInACsv() throws IOException {
        String digits = "1".repeat(100_001);
        List<Revision> oversized = List.of(new Revision("NI130", null, 1, SET_AT, digits, false));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, oversized)))) {
            String cell = workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue();
            assertThat(cell).hasSize(XlsxTableWriter.MAX_TEXT).startsWith("1111")
                    .endsWith("[cut: the full text has 100001 characters; the CSV export has it all]");
        }
        assertThat(readCsv(export(ExportFormat.CSV, oversized)).get(1).get(4)).isEqualTo(digits);
    }

    @Test
    void aDoubleIsNotAnExactNumberAndIsRefused() {
        assertThatThrownBy(() -> ExportColumns.<Double>builder().number("value", value -> value).build()
                .cellsOf(0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BigDecimal");
    }

    @Test
    void twoColumnsWithOneHeaderAreRefused() {
        assertThatThrownBy(() -> ExportColumns.<Revision>builder().text("reason", Revision::reason)
                .text("reason", Revision::indicator))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }

    private static byte[] export(ExportFormat format, List<Revision> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = Exports.write(out, format, "NI130 revisions", COLUMNS, RowSource.of(rows));
        assertThat(written).isEqualTo(rows.size());
        return out.toByteArray();
    }

    static List<CSVRecord> readCsv(byte[] csv) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(csv)).get(), StandardCharsets.UTF_8))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            return parser.getRecords();
        }
    }
}
