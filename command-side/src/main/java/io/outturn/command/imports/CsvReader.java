package io.outturn.command.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as spreadsheets write it: fields in double quotes may hold commas ({@code "1,300"}), line
 * breaks and doubled quotes; records end in CRLF, LF or CR; a leading byte-order mark is ignored. Blank records
 * (an empty line, or only commas as spreadsheets leave below a table) are dropped but still counted, so row
 * numbers stay those of the file.
 */
final class CsvReader {

    private static final char BOM = '\uFEFF';

    private final String text;
    private int pos;
    private int row = 1;

    private CsvReader(String text) {
        this.text = text;
        this.pos = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    static List<CsvRecord> read(String text) {
        return new CsvReader(text).records();
    }

    private List<CsvRecord> records() {
        List<CsvRecord> records = new ArrayList<>();
        while (pos < text.length()) {
            CsvRecord record = new CsvRecord(row, fields());
            if (!record.isBlank()) {
                records.add(record);
            }
            row++;
        }
        return records;
    }

    /** Reads one record's fields and consumes its line break. */
    private List<String> fields() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : unquoted());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos++);
            if (c == ',') {
                continue;
            }
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            return fields;
        }
    }

    /** A quote inside an unquoted field is kept as it is (5'11"), as spreadsheets do. */
    private String unquoted() {
        int start = pos;
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int startRow = row;
        StringBuilder field = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new CsvFormatException(startRow, "a quoted field is not closed");
            }
            char c = text.charAt(pos++);
            if (c != '"') {
                field.append(c);
            } else if (pos < text.length() && text.charAt(pos) == '"') {
                field.append('"');
                pos++;
            } else {
                break;
            }
        }
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            throw new CsvFormatException(startRow,
                    "unexpected '" + text.charAt(pos) + "' after a closing quote: double a quote inside quotes");
        }
        return field.toString();
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
