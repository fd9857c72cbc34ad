package io.outturn.command.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file's columns by name. Names are matched ignoring case, surrounding space and the difference between
 * {@code service_group}, {@code service group} and {@code service-group}; columns nobody asks for are ignored.
 */
final class Columns {

    private final Map<String, Integer> indexByName = new LinkedHashMap<>();

    Columns(CsvRecord header) {
        List<String> names = header.fields();
        for (int i = 0; i < names.size(); i++) {
            indexByName.putIfAbsent(normalise(names.get(i)), i);
        }
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    boolean has(String name) {
        return indexByName.containsKey(name);
    }

    /** Every column name as written in the header, normalised, in order. */
    List<String> names() {
        return List.copyOf(indexByName.keySet());
    }

    /** The cell without surrounding white space; empty when the column or the cell is missing. */
    String value(CsvRecord record, String name) {
        Integer index = indexByName.get(name);
        return index == null ? "" : record.field(index).strip();
    }

    /** Adds an error for every required column the header lacks. */
    void requireAll(List<String> required, List<ImportError> errors) {
        for (String name : required) {
            if (!has(name)) {
                errors.add(new ImportError(1, name, "the header has no " + name + " column"));
            }
        }
    }
}
