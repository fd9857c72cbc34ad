package io.outturn.web.problem;

/**
 * A rejection with a stable code and, where one field is to blame, that field's name. Thrown by controllers,
 * and by the command side's sender for a command the domain refused; turned into a problem document in one
 * place.
 */
public class OutturnException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public OutturnException(ErrorCode code, String field, String detail) {
        super(detail);
        this.code = code;
        this.field = field;
    }

    public OutturnException(ErrorCode code, String detail) {
        this(code, null, detail);
    }

    public ErrorCode code() {
        return code;
    }

    /** The offending request field, or null. */
    public String field() {
        return field;
    }
}
