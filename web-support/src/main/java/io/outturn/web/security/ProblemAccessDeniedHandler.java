package io.outturn.web.security;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.ProblemDocuments;
import io.outturn.web.problem.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 403 as a problem document, for requests the filter chain refuses (method security goes through the advice). */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;

    ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        writer.write(response, ProblemDocuments.of(ErrorCode.FORBIDDEN, "Your role does not allow this",
                (String) null, request));
    }
}
