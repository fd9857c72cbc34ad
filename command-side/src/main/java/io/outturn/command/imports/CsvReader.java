package io.outturn.command.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as spreadsheets write it, with Commons CSV: fields in double quotes may hold commas
 * ({@code "1,300"}), line breaks and doubled quotes; records end in CRLF, LF or CR; a quote inside an unquoted
 * field is kept as it is ({@code 5'11"}); a leading byte-order mark is ignored. Blank records (an empty line, or
 * only commas as spreadsheets leave below a table) are dropped but still counted, so row numbers stay those of
 * the file.
 */
final class CsvReader {

    private static final char BOM = '\uFEFF';

    /** RFC 4180, which keeps empty lines as records so that they count as rows. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvReader() {
    }

    /** @throws CsvFormatException naming the row whose quoted field is not closed where it should be */
    static List<CsvRecord> read(String text) {
        String content = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        List<CsvRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setFormat(FORMAT).setReader(new StringReader(content)).get()) {
            try {
                for (CSVRecord record : parser) {
                    CsvRecord read = new CsvRecord(Math.toIntExact(record.getRecordNumber()), record.toList());
                    if (!read.isBlank()) {
                        records.add(read);
                    }
                }
            } catch (UncheckedIOException malformed) {
                throw new CsvFormatException(Math.toIntExact(parser.getRecordNumber()) + 1,
                        "a quoted field is not closed where it should be: close it before the next comma or the end"
                                + " of the line, and double a quote inside quotes", malformed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading CSV from memory failed", e);
        }
        return records;
    }
}
