package io.outturn.query.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One sheet through Apache POI's streaming workbook (SXSSF): at most {@link #ROWS_IN_MEMORY} rows are held in
 * memory, older ones are written to a compressed temporary file, which {@link #close} deletes; {@link #finish}
 * writes the workbook to the output. The header row is bold, frozen and filtered.
 *
 * <p>Cells are typed: a number is a number cell when a spreadsheet's number (a double) holds it exactly and text
 * otherwise, so nothing is rounded without a sign; a time is a date-time cell in UTC shown as ISO-8601
 * ({@code 2011-09-01T11:00:00.000Z}), to the millisecond, which is as fine as a spreadsheet's times go (the CSV
 * keeps every digit); text is never a formula, and text a spreadsheet would read as one when edited is quote
 * prefixed ({@link FormulaGuard}). Text longer than a cell can hold (32,767 characters) is cut and says so.
 */
final class XlsxTableWriter implements TableWriter {

    static final int ROWS_IN_MEMORY = 100;
    static final String TIME_FORMAT = "yyyy-mm-dd\"T\"hh:mm:ss.000\"Z\"";
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String CUT = "… [cut: the full text has %d characters; the CSV export has it all]";

    /** Spreadsheet dates start in 1900; anything earlier is written as ISO-8601 text. */
    private static final Instant FIRST_SPREADSHEET_DAY = Instant.parse("1900-03-01T00:00:00Z");

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle timeStyle;
    private final CellStyle quotedStyle;
    private final int columnCount;
    private int rows;

    XlsxTableWriter(OutputStream out, String title, List<ExportColumns.Type> types) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
        this.columnCount = types.size();
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        this.timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.createDataFormat().getFormat(TIME_FORMAT));
        this.quotedStyle = workbook.createCellStyle();
        quotedStyle.setQuotePrefixed(true);
        for (int column = 0; column < types.size(); column++) {
            sheet.setColumnWidth(column, 256 * widthOf(types.get(column)));
        }
    }

    private static int widthOf(ExportColumns.Type type) {
        return switch (type) {
            case TIME -> 26;
            case NUMBER -> 14;
            case BOOLEAN -> 10;
            case TEXT -> 24;
        };
    }

    @Override
    public void header(List<String> headers) {
        Row row = sheet.createRow(rows++);
        for (int column = 0; column < headers.size(); column++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
            text(cell, headers.get(column));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Cell> cells) {
        Row row = sheet.createRow(rows++);
        for (int column = 0; column < cells.size(); column++) {
            write(row, column, cells.get(column));
        }
    }

    private void write(Row row, int column, Cell value) {
        if (value instanceof Cell.Empty) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        if (value instanceof Cell.Text text) {
            text(cell, text.value());
        } else if (value instanceof Cell.Decimal number) {
            number(cell, number.value());
        } else if (value instanceof Cell.Time time) {
            time(cell, time.value());
        } else if (value instanceof Cell.Bool bool) {
            cell.setCellValue(bool.value());
        }
    }

    private void text(org.apache.poi.ss.usermodel.Cell cell, String text) {
        String fitting = text.length() <= MAX_TEXT ? text : cut(text);
        cell.setCellValue(fitting);
        if (FormulaGuard.isRisky(fitting)) {
            cell.setCellStyle(quotedStyle);
        }
    }

    private static String cut(String text) {
        String note = String.format(CUT, text.length());
        return text.substring(0, MAX_TEXT - note.length()) + note;
    }

    private void number(org.apache.poi.ss.usermodel.Cell cell, BigDecimal value) {
        double approximation = value.doubleValue();
        // POI writes a number cell as Double.toString: exact only when that spelling reads back as the same decimal.
        if (Double.isFinite(approximation) && new BigDecimal(Double.toString(approximation)).compareTo(value) == 0) {
            cell.setCellValue(approximation);
        } else {
            text(cell, value.toPlainString());
        }
    }

    private void time(org.apache.poi.ss.usermodel.Cell cell, Instant value) {
        if (value.isBefore(FIRST_SPREADSHEET_DAY)) {
            text(cell, DateTimeFormatter.ISO_INSTANT.format(value));
            return;
        }
        cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        cell.setCellStyle(timeStyle);
    }

    /** Rows created but not yet flushed to the temporary file: never more than {@link #ROWS_IN_MEMORY}. */
    int rowsInMemory() {
        return rows - 1 - sheet.getLastFlushedRowNum();
    }

    @Override
    public void finish() throws IOException {
        if (rows > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columnCount - 1));
        }
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary file; leaves the output open: it belongs to the caller. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
