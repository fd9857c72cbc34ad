package io.outturn.web.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rejection with a stable code and, where fields are to blame, those fields and what is wrong with each.
 * Thrown by controllers, by the request body reader (every problem of a request at once) and by the command
 * side's sender for a command the domain refused; turned into a problem document in one place.
 */
public class OutturnException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldProblem> errors;

    public OutturnException(ErrorCode code, String field, String detail) {
        this(code, detail, field == null ? List.of() : List.of(new FieldProblem(field, detail)));
    }

    public OutturnException(ErrorCode code, String detail) {
        this(code, null, detail);
    }

    private OutturnException(ErrorCode code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** VALIDATION_FAILED listing every problem of a request; the detail joins them. */
    public static OutturnException invalid(List<FieldProblem> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one problem");
        }
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return new OutturnException(ErrorCode.VALIDATION_FAILED, detail, errors);
    }

    public ErrorCode code() {
        return code;
    }

    /** The offending request field, or null: the first one when several are to blame. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    /** Every offending field with what is wrong with it; empty when no field is to blame. */
    public List<FieldProblem> errors() {
        return errors;
    }
}
