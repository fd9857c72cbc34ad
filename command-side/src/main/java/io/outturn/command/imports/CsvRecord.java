package io.outturn.command.imports;

import java.util.List;

/**
 * One record of a CSV file. {@code row} is its position among the file's records, the header being row 1, which
 * is the row number a spreadsheet shows (a quoted field spanning lines is still one row).
 */
record CsvRecord(int row, List<String> fields) {

    CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or an empty string when the record is shorter. */
    String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
