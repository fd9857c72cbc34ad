package io.outturn.query.testsupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports read back with the libraries that wrote them, as a spreadsheet opens them. */
public final class ExportedFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8;header=present";

    private ExportedFiles() {
    }

    /** A CSV export read back: its header row, and its rows by header. */
    public record Csv(List<String> header, List<CSVRecord> rows) {
    }

    public static Csv csv(byte[] file) throws IOException {
        assertThat(file).as("a UTF-8 byte order mark").startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(file)).get(), StandardCharsets.UTF_8))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                .get()) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        }
    }

    /** A workbook export, to be closed by the caller. */
    public static XSSFWorkbook workbook(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }
}
