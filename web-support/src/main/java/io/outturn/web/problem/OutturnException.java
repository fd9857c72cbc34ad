package io.outturn.web.problem;

/**
 * A rejection with a stable code and, where one field is to blame, that field's name. Thrown by aggregates
 * and controllers alike; turned into a problem document in one place. Plain Java so that the domain can throw
 * it without knowing about HTTP.
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

    /** What travels back through the command bus (across JVMs, serialized) in a CommandExecutionException. */
    public ErrorDetails details() {
        return new ErrorDetails(code.name(), field, getMessage());
    }

    public static OutturnException from(ErrorDetails details) {
        return new OutturnException(ErrorCode.valueOf(details.code()), details.field(), details.detail());
    }
}
