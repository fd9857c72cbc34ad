package io.outturn.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds the one problem-document shape every rejection answers with (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, the stable {@code code} and, when fields are to blame,
 * {@code errors: [{field, message}]}. Public so that a module with its own error type (the importer's rows)
 * produces the same shape and adds its own extension members.
 */
public final class ProblemDocuments {

    private static final String TYPE_BASE = "https://outturn.io/problems/";
    /**
     * A Java package-qualified name ({@code java.lang.}, {@code org.axonframework.}) or a class named like an
     * exception: text that comes from a library rather than from us, and that no client should read.
     */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|jdk|sun|com|org|io)\\.[a-z]\\w*\\.|\\b[A-Z]\\w*(?:Exception|Error)\\b");
    private static final String NOT_VALID = "is not valid";

    private ProblemDocuments() {
    }

    public static ProblemDetail of(ErrorCode code, String detail, List<FieldProblem> errors, String instance) {
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(typeOf(code));
        problem.setTitle(code.title());
        problem.setDetail(detail == null || detail.isBlank() ? code.title() : forClients(detail, code.title()));
        problem.setProperty("code", code.name());
        URI where = uriOrNull(instance);
        if (where != null) {
            problem.setInstance(where);
        }
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(error -> new FieldProblem(error.field(), forClients(error.message(), NOT_VALID))).toList());
        }
        return problem;
    }

    public static ProblemDetail of(ErrorCode code, String detail, String field, HttpServletRequest request) {
        List<FieldProblem> errors = field == null ? List.of() : List.of(new FieldProblem(field, detail));
        return of(code, detail, errors, instanceOf(request));
    }

    public static ProblemDetail of(OutturnException exception, HttpServletRequest request) {
        return of(exception.code(), exception.getMessage(), exception.errors(), instanceOf(request));
    }

    /**
     * {@code text}, unless it names a Java class or package: then {@code instead}. The last guard of the promise that
     * no body carries a class name, whatever message a library put into an exception that reached us.
     */
    static String forClients(String text, String instead) {
        return text != null && JAVA_NAME.matcher(text).find() ? instead : text;
    }

    /** A path that is not a valid URI (it may hold anything a client sent) is left out rather than failing. */
    private static URI uriOrNull(String instance) {
        if (instance == null) {
            return null;
        }
        try {
            return new URI(instance);
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }

    /** {@code VERSION_CONFLICT} becomes {@code https://outturn.io/problems/version-conflict}. */
    public static URI typeOf(ErrorCode code) {
        return URI.create(TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The request path only: a query string may carry a reason or other text that does not belong in logs. */
    public static String instanceOf(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        String uri = request.getRequestURI();
        return uri == null || uri.isEmpty() ? null : uri;
    }
}
