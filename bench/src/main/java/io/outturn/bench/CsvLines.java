package io.outturn.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the demo CSV files that standalone ships (real figures from the seed plans) as rows of named columns,
 * with Commons CSV (RFC 4180: quoted fields with commas, line breaks and doubled quotes); a leading byte-order
 * mark is not part of the first column's name, and a cell a short row lacks is empty.
 */
final class CsvLines {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private CsvLines() {
    }

    static List<Map<String, String>> read(String resource) {
        try (InputStream in = CsvLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return rows(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<Map<String, String>> rows(String text) throws IOException {
        try (CSVParser parser = CSVParser.builder().setFormat(FORMAT).setReader(new StringReader(text)).get()) {
            List<String> header = parser.getHeaderNames();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new HashMap<>();
                for (String column : header) {
                    row.put(column, record.isSet(column) ? record.get(column).strip() : "");
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
