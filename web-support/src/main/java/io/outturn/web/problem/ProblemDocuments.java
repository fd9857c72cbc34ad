package io.outturn.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Builds the one problem-document shape every rejection answers with (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, the stable {@code code} and, when fields are to blame,
 * {@code errors: [{field, message}]}. Public so that a module with its own error type (the importer's rows)
 * produces the same shape and adds its own extension members.
 */
public final class ProblemDocuments {

    private static final String TYPE_BASE = "https://outturn.io/problems/";

    private ProblemDocuments() {
    }

    public static ProblemDetail of(ErrorCode code, String detail, List<FieldProblem> errors, String instance) {
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(typeOf(code));
        problem.setTitle(code.title());
        problem.setDetail(detail == null || detail.isBlank() ? code.title() : detail);
        problem.setProperty("code", code.name());
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", List.copyOf(errors));
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
