package io.outturn.web.problem;

import io.outturn.web.http.RequestBodyRefusedException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The servlet container's error page ({@code /error}), for failures that never reached a controller: a filter that
 * threw, a status the container set itself. It answers the same problem document as {@link ProblemAdvice}, in
 * place of Spring Boot's default error JSON, which named the exception's class. Asked for directly, it is 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = path instanceof String uri ? uri : null;
        ProblemDetail problem = problemOf(failure, status instanceof Integer code ? code : 404, instance);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail problemOf(Throwable failure, int status, String instance) {
        OutturnException rejection = causeOfType(failure, OutturnException.class);
        if (rejection != null) {
            return ProblemDocuments.of(rejection.code(), rejection.getMessage(), rejection.errors(), instance);
        }
        RequestBodyRefusedException refused = causeOfType(failure, RequestBodyRefusedException.class);
        if (refused != null) {
            return ProblemDocuments.of(refused.code(), refused.getMessage(), List.of(), instance);
        }
        if (causeOfType(failure, RequestRejectedException.class) != null) {
            return ProblemDocuments.of(ErrorCode.INVALID_PATH, ErrorCode.INVALID_PATH.title(), List.of(), null);
        }
        ErrorCode code = ErrorCode.forStatus(status).orElse(status < 500 ? ErrorCode.VALIDATION_FAILED
                : ErrorCode.INTERNAL_ERROR);
        if (code == ErrorCode.INTERNAL_ERROR) {
            log.error("Unexpected failure of a request to {} that reached no controller", instance, failure);
        }
        return ProblemDocuments.of(code, code.title(), List.of(), instance);
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
}
