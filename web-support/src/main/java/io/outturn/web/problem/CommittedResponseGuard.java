package io.outturn.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A failure after the answer has begun (a streamed export whose cursor fails halfway) cannot become a problem
 * document: the status and headers have been sent, and a document written now would be appended to the rows. Such
 * a failure is logged and passed on to the servlet container instead of to {@link ProblemAdvice}; the container,
 * finding the response committed, closes the connection, so the client sees a broken transfer rather than a file
 * that looks complete. Consulted before every other resolver; a response not yet committed is left to them.
 */
@Component
class CommittedResponseGuard implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(CommittedResponseGuard.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!response.isCommitted() || exception instanceof HttpMessageNotReadableException) {
            // A request whose body could not be read has no answer yet: when the container seems to have begun one,
            // it is the container's own error status (Tomcat answers 408 itself when the body stops arriving), which
            // it renders through the error page once this request ends.
            return null;
        }
        log.error("{} {} failed after its answer had begun; the connection is closed so that the client sees it "
                + "incomplete", request.getMethod(), ProblemDocuments.instanceOf(request), exception);
        throw new AnswerCutShortException(exception);
    }

    /** After Spring Boot's error attributes, which only note the exception; before Spring MVC's resolvers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** Carries the failure out of the dispatcher to the container, which closes the committed response. */
    static final class AnswerCutShortException extends RuntimeException {
        AnswerCutShortException(Exception cause) {
            super("the answer had begun when this failed: " + cause.getMessage(), cause);
        }
    }
}
