package io.outturn.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.outturn.values.Target;
import io.outturn.web.http.RequestBodyRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where anything that goes wrong in a request becomes an RFC 9457 problem document with a
 * stable code. Extends Spring's handler for its own exceptions (so Boot's generic problem handler backs off)
 * and funnels them all through {@link #handleExceptionInternal}. Ordered last so that a module's advice for
 * its own exception type is consulted before the catch-all here.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String CORRELATION_ID = "correlationId";

    @ExceptionHandler(OutturnException.class)
    ResponseEntity<ProblemDetail> rejected(OutturnException exception, HttpServletRequest request) {
        return respond(ProblemDocuments.of(exception, request));
    }

    /** A rejection thrown by a message handler in this JVM, wrapped by the bus on its way back. */
    @ExceptionHandler(HandlerExecutionException.class)
    ResponseEntity<ProblemDetail> handlerFailed(HandlerExecutionException exception, HttpServletRequest request) {
        OutturnException rejection = causeOfType(exception, OutturnException.class);
        if (rejection != null) {
            return rejected(rejection, request);
        }
        return unexpected(exception, request);
    }

    /**
     * Two requests created the same aggregate at once: the event store refused the second stream. Answered as the
     * id being taken, which it now is; the client reads it and decides.
     */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> concurrentCreation(AggregateStreamCreationException exception,
                                                     HttpServletRequest request) {
        return respond(ProblemDocuments.of(ErrorCode.ID_TAKEN,
                "Another request created a resource with this id at the same time; read it and retry if need be",
                (String) null, request));
    }

    /** Controllers turn this into INDICATOR_NOT_FOUND or PROGRAMME_NOT_FOUND; this is the fallback. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException exception, HttpServletRequest request) {
        return respond(ProblemDocuments.of(ErrorCode.NOT_FOUND, "No such resource", (String) null, request));
    }

    /** Two writers appended to the same aggregate at once: the loser is told to re-read, as with a stale If-Match. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException exception, HttpServletRequest request) {
        return respond(ProblemDocuments.of(ErrorCode.VERSION_CONFLICT,
                "The resource was changed by another request at the same time; read it again and retry",
                (String) null, request));
    }

    @ExceptionHandler(Target.InvalidTargetException.class)
    ResponseEntity<ProblemDetail> invalidTarget(Target.InvalidTargetException exception, HttpServletRequest request) {
        return respond(ProblemDocuments.of(ErrorCode.VALIDATION_FAILED, exception.getMessage(), exception.field(), request));
    }

    /** Value constructors (ids, financial years, money) reject bad input with this while a request is bound. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidValue(IllegalArgumentException exception, HttpServletRequest request) {
        return respond(ProblemDocuments.of(ErrorCode.VALIDATION_FAILED, exception.getMessage(), (String) null, request));
    }

    /**
     * What Spring Security's firewall refuses only when it is read: a query parameter whose name or value holds a
     * control character. The rest of the firewall's refusals never reach Spring MVC.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedRequest(RequestRejectedException exception, HttpServletRequest request) {
        return respond(ProblemDocuments.of(ErrorCode.INVALID_PATH,
                "The request's path or query holds characters no request may", List.of(), null));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception, HttpServletRequest request) {
        return respond(ProblemDocuments.of(ErrorCode.FORBIDDEN, "Your role does not allow this", (String) null, request));
    }

    /** A body too large or too slow, met while a controller read it: 413 or 408. */
    @ExceptionHandler(RequestBodyRefusedException.class)
    ResponseEntity<ProblemDetail> bodyRefused(RequestBodyRefusedException exception, HttpServletRequest request) {
        return respond(ProblemDocuments.of(exception.code(), exception.getMessage(), (String) null, request));
    }

    /**
     * Whatever no handler above names. An append conflict may arrive wrapped (by the command bus, by a library), so
     * the causes are searched for one before the failure counts as ours: a conflict is never a 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
        RequestBodyRefusedException refused = causeOfType(exception, RequestBodyRefusedException.class);
        if (refused != null) {
            return bodyRefused(refused, request);
        }
        RequestRejectedException rejectedRequest = causeOfType(exception, RequestRejectedException.class);
        if (rejectedRequest != null) {
            return rejectedRequest(rejectedRequest, request);
        }
        AggregateStreamCreationException creation = causeOfType(exception, AggregateStreamCreationException.class);
        if (creation != null) {
            return concurrentCreation(creation, request);
        }
        ConcurrencyException concurrency = causeOfType(exception, ConcurrencyException.class);
        if (concurrency != null) {
            return concurrentChange(concurrency, request);
        }
        return respond(internalError(exception, request));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        ProblemDetail problem = translate(exception, status, servletRequest);
        HttpHeaders responseHeaders = new HttpHeaders();
        if (headers != null) {
            responseHeaders.putAll(headers);
        }
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(responseHeaders).body(problem);
    }

    private ProblemDetail translate(Exception exception, HttpStatusCode status, HttpServletRequest request) {
        if (exception instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, request);
        }
        if (exception instanceof BindingResult binding) {
            return invalidFields(fieldProblems(binding), request);
        }
        if (exception instanceof HandlerMethodValidationException validation) {
            return invalidFields(fieldProblems(validation), request);
        }
        if (exception instanceof TypeMismatchException mismatch) {
            return typeMismatch(mismatch, request);
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            return field(ErrorCode.VALIDATION_FAILED, missing.getParameterName(), "is required", request);
        }
        if (exception instanceof MissingRequestHeaderException missing) {
            return field(ErrorCode.VALIDATION_FAILED, missing.getHeaderName(), "header is required", request);
        }
        if (exception instanceof MissingServletRequestPartException missing) {
            return field(ErrorCode.VALIDATION_FAILED, missing.getRequestPartName(), "is required", request);
        }
        if (exception instanceof NoHandlerFoundException || exception instanceof NoResourceFoundException) {
            return ProblemDocuments.of(ErrorCode.NOT_FOUND, "Nothing is served at this path", (String) null, request);
        }
        if (exception instanceof HttpRequestMethodNotSupportedException method) {
            return ProblemDocuments.of(ErrorCode.METHOD_NOT_ALLOWED, method.getMethod() + " is not supported here",
                    (String) null, request);
        }
        if (exception instanceof HttpMediaTypeNotSupportedException media) {
            return ProblemDocuments.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content type "
                    + (media.getContentType() == null ? "(none)" : media.getContentType()) + " is not accepted here; use "
                    + media.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", ")),
                    (String) null, request);
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException) {
            return ProblemDocuments.of(ErrorCode.NOT_ACCEPTABLE, "This resource answers in JSON", (String) null, request);
        }
        if (exception instanceof MaxUploadSizeExceededException) {
            return ProblemDocuments.of(ErrorCode.PAYLOAD_TOO_LARGE, "The upload is too large", (String) null, request);
        }
        if (exception instanceof AsyncRequestTimeoutException) {
            return ProblemDocuments.of(ErrorCode.SERVICE_UNAVAILABLE, "The request timed out", (String) null, request);
        }
        return byStatus(exception, status, request);
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
        RequestBodyRefusedException refused = causeOfType(exception, RequestBodyRefusedException.class);
        if (refused != null) {
            return ProblemDocuments.of(refused.code(), refused.getMessage(), (String) null, request);
        }
        JsonProcessingException json = causeOfType(exception, JsonProcessingException.class);
        if (json == null) {
            return ProblemDocuments.of(ErrorCode.MALFORMED_REQUEST, "A readable request body is required", (String) null, request);
        }
        JsonProblems.Explained explained = JsonProblems.explain(json);
        return explained.field() == null
                ? ProblemDocuments.of(explained.code(), explained.message(), (String) null, request)
                : field(explained.code(), explained.field(), explained.message(), request);
    }

    /** A path variable or parameter the value type refused: its own message names what is expected. */
    private ProblemDetail typeMismatch(TypeMismatchException mismatch, HttpServletRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName() : mismatch.getPropertyName();
        Class<?> type = mismatch.getRequiredType();
        String value = String.valueOf(mismatch.getValue());
        String message;
        IllegalArgumentException refusal = causeOfType(mismatch.getCause(), IllegalArgumentException.class);
        if (type != null && type.isEnum()) {
            message = "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
        } else if (refusal != null && refusal.getMessage() != null && !refusal.getMessage().contains("java.")) {
            message = refusal.getMessage();
        } else {
            message = "'" + value + "' is not valid here";
        }
        return field(ErrorCode.VALIDATION_FAILED, name, message, request);
    }

    private ProblemDetail byStatus(Exception exception, HttpStatusCode status, HttpServletRequest request) {
        ErrorCode code = ErrorCode.forStatus(status.value()).orElse(ErrorCode.INTERNAL_ERROR);
        if (code == ErrorCode.INTERNAL_ERROR) {
            return internalError(exception, request);
        }
        return ProblemDocuments.of(code, code.title(), (String) null, request);
    }

    private ProblemDetail internalError(Exception exception, HttpServletRequest request) {
        String correlationId = MDC.get(CORRELATION_ID);
        log.error("Unexpected failure of {} {} (correlation id {})",
                request == null ? "?" : request.getMethod(), ProblemDocuments.instanceOf(request), correlationId, exception);
        String detail = correlationId == null
                ? "Something went wrong on our side"
                : "Something went wrong on our side; quote correlation id " + correlationId;
        return ProblemDocuments.of(ErrorCode.INTERNAL_ERROR, detail, (String) null, request);
    }

    private static ProblemDetail field(ErrorCode code, String field, String message, HttpServletRequest request) {
        return ProblemDocuments.of(code, field + ": " + message, List.of(new FieldProblem(field, message)),
                ProblemDocuments.instanceOf(request));
    }

    private static ProblemDetail invalidFields(List<FieldProblem> errors, HttpServletRequest request) {
        String detail = errors.isEmpty() ? "The request is not valid" : errors.stream()
                .map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
        return ProblemDocuments.of(ErrorCode.VALIDATION_FAILED, detail, errors, ProblemDocuments.instanceOf(request));
    }

    private static List<FieldProblem> fieldProblems(Errors binding) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        for (ObjectError error : binding.getGlobalErrors()) {
            errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage()));
        }
        return errors;
    }

    private static List<FieldProblem> fieldProblems(HandlerMethodValidationException validation) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : validation.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                errors.addAll(fieldProblems(parameterErrors));
                continue;
            }
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name, error.getDefaultMessage())));
        }
        return errors;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
