package io.outturn.web.security;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.ProblemDocuments;
import io.outturn.web.problem.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/** 401 as a problem document, with the challenge(s) a client needs to authenticate. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponseWriter writer;
    private final boolean bearerEnabled;

    ProblemAuthenticationEntryPoint(ProblemResponseWriter writer, boolean bearerEnabled) {
        this.writer = writer;
        this.bearerEnabled = bearerEnabled;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Outturn\"");
        if (bearerEnabled) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Outturn\"");
        }
        writer.write(response, ProblemDocuments.of(ErrorCode.UNAUTHENTICATED,
                "Authenticate with HTTP Basic" + (bearerEnabled ? " or a bearer token" : ""), (String) null, request));
    }
}
