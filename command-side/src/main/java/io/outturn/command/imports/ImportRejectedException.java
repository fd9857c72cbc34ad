package io.outturn.command.imports;

import java.util.Comparator;
import java.util.List;

/** A file that was not imported because of the listed errors; nothing of it was applied. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super(describe(errors));
        this.errors = errors.stream().sorted(Comparator.comparingInt(ImportError::row)).toList();
    }

    static ImportRejectedException of(int row, String field, String message) {
        return new ImportRejectedException(List.of(new ImportError(row, field, message)));
    }

    /** In row order. */
    public List<ImportError> errors() {
        return errors;
    }

    private static String describe(List<ImportError> errors) {
        long rows = errors.stream().mapToInt(ImportError::row).distinct().count();
        return "The file was not imported: " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " in "
                + rows + (rows == 1 ? " row" : " rows") + "; nothing was applied";
    }
}
