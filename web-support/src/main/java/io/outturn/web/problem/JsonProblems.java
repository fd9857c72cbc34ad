package io.outturn.web.problem;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.outturn.values.Target;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Explains why Jackson could not bind a request body, in the client's terms: the JSON path of the offending
 * value as the field ({@code target.kind}, {@code baseline.fy}, {@code profile.2011-12}) and the value type's
 * own message, never a Java class name. Public for the request body reader, which binds a body field by field.
 */
public final class JsonProblems {

    private static final String KEY_REJECTED = "not a valid representation";
    private static final String KEY_PROBLEM = "problem: ";

    private JsonProblems() {
    }

    /** A binding failure as (code, field, message); unreadable JSON is MALFORMED_REQUEST, the rest VALIDATION_FAILED. */
    static Explained explain(JsonProcessingException exception) {
        return explain(exception, "");
    }

    /**
     * A failure to bind the value at {@code basePath} of a body ({@code target} when only the target was being
     * read): the fields named are full paths from the body.
     */
    public static Explained explain(JsonProcessingException exception, String basePath) {
        StreamConstraintsException tooBig = causeOfType(exception, StreamConstraintsException.class);
        if (tooBig != null) {
            return new Explained(ErrorCode.VALIDATION_FAILED, fieldOrBody(basePath),
                    "is longer or deeper than a request may be (" + limitOf(tooBig) + ")");
        }
        StreamReadException unreadable = unreadableInside(exception);
        if (unreadable != null) {
            return new Explained(ErrorCode.MALFORMED_REQUEST, null,
                    "The body is not valid JSON" + where(unreadable.getLocation()));
        }
        if (!(exception instanceof JsonMappingException mapping)) {
            return new Explained(ErrorCode.MALFORMED_REQUEST, null, "The body could not be read");
        }
        String path = join(basePath, pathOf(mapping));
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return new Explained(ErrorCode.VALIDATION_FAILED, fieldOrBody(path), "is not a field here"
                    + (unknown.getKnownPropertyIds() == null || unknown.getKnownPropertyIds().isEmpty() ? ""
                    : ", which takes " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "))));
        }
        if (mapping instanceof InvalidTypeIdException typeId) {
            return explainTypeId(typeId, path);
        }
        if (mapping instanceof ValueInstantiationException || mapping.getCause() instanceof IllegalArgumentException) {
            return explainRejectedValue(mapping, path);
        }
        if (mapping instanceof InvalidFormatException format) {
            return new Explained(ErrorCode.VALIDATION_FAILED, fieldOrBody(path), invalidValue(format));
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "value" : describe(mismatch.getTargetType());
            return new Explained(ErrorCode.VALIDATION_FAILED, fieldOrBody(path), "must be " + expected);
        }
        return new Explained(ErrorCode.VALIDATION_FAILED, fieldOrBody(path), "is not valid");
    }

    private static Explained explainTypeId(InvalidTypeIdException typeId, String path) {
        Class<?> base = typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass();
        JsonTypeInfo info = base == null ? null : base.getAnnotation(JsonTypeInfo.class);
        String property = info == null || info.property().isEmpty() ? "type" : info.property();
        String field = path.isEmpty() ? property : path + "." + property;
        String allowed = allowedTypeIds(base);
        String message = typeId.getTypeId() == null
                ? property + " is required" + allowed
                : "'" + typeId.getTypeId() + "' is not a known " + property + allowed;
        return new Explained(ErrorCode.VALIDATION_FAILED, field, message);
    }

    private static Explained explainRejectedValue(JsonMappingException mapping, String path) {
        Throwable cause = rootCause(mapping);
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage()
                : "is not valid";
        String field = fieldOrBody(path);
        if (cause instanceof Target.InvalidTargetException invalid && invalid.field() != null) {
            field = path.isEmpty() ? invalid.field() : path + "." + invalid.field();
        }
        return new Explained(ErrorCode.VALIDATION_FAILED, field, message);
    }

    private static String invalidValue(InvalidFormatException format) {
        Class<?> type = format.getTargetType();
        String value = String.valueOf(format.getValue());
        String keyProblem = keyProblem(format.getOriginalMessage());
        if (keyProblem != null) {
            return keyProblem;
        }
        if (type != null && type.isEnum()) {
            return "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
        }
        return "'" + value + "' is not " + (type == null ? "valid" : describe(type));
    }

    /**
     * A map key (a financial year in a savings profile) rejected by the key type's own parser: Jackson wraps the
     * parser's message in its own words and the name of a reflection exception; the parser's message is the part
     * a client can act on.
     */
    private static String keyProblem(String original) {
        int at = original == null ? -1 : original.indexOf(KEY_REJECTED);
        if (at < 0) {
            return null;
        }
        String rest = original.substring(at + KEY_REJECTED.length());
        int problem = rest.indexOf(KEY_PROBLEM);
        String reason = problem >= 0 ? rest.substring(problem + KEY_PROBLEM.length()) : rest.replaceFirst("^[:,]\\s*", "");
        reason = reason.replaceFirst("^\\([^)]*\\)\\s*", "").strip();
        return reason.isEmpty() ? null : reason;
    }

    private static String allowedTypeIds(Class<?> base) {
        JsonSubTypes subTypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        if (subTypes == null || subTypes.value().length == 0) {
            return "";
        }
        return ": one of " + Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::name)
                .collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == CharSequence.class) {
            return "a string";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "a valid " + type.getSimpleName();
    }

    /** {@code target.kind}, {@code financialYears[1]}, {@code profile.2011-12}; empty for the body itself. */
    static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        List<JsonMappingException.Reference> references = mapping.getPath();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String fieldOrBody(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** Why a body is not JSON at all (a syntax error, or more after its value), with where the parser stopped. */
    public static String notJson(JsonProcessingException exception) {
        return "The body is not valid JSON" + where(exception.getLocation());
    }

    /** {@code target} and {@code low} make {@code target.low}; an index joins without a dot. */
    public static String join(String base, String path) {
        if (base == null || base.isEmpty()) {
            return path == null ? "" : path;
        }
        if (path == null || path.isEmpty()) {
            return base;
        }
        return path.startsWith("[") ? base + path : base + "." + path;
    }

    /**
     * Jackson's message names the limit in words a client can act on ("Number value length (41) exceeds the
     * maximum allowed (40"); where it then names the Java setting behind the limit, that is cut.
     */
    public static String limitOf(StreamConstraintsException exception) {
        String message = exception.getOriginalMessage() == null ? "" : exception.getOriginalMessage();
        return message.replaceAll(",\\s*from\\s*`[^`]*`", "").replaceAll("\\s*\\(can be changed[^)]*\\)", "")
                .replace("`", "").strip();
    }

    private static <T extends Throwable> T causeOfType(Throwable throwable, Class<T> type) {
        Throwable current = throwable;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return null;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson wraps a syntax error met while binding a property in a mapping error with that property's path. */
    private static StreamReadException unreadableInside(Throwable throwable) {
        Throwable current = throwable;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof StreamReadException read && !(current instanceof JsonMappingException)) {
                return read;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return null;
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    /** Why a value could not be bound: the code, the field (null when the body itself is unreadable) and why. */
    public record Explained(ErrorCode code, String field, String message) {
    }
}
