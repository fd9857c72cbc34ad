package io.outturn.web.security;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.ProblemDocuments;
import io.outturn.web.problem.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * 400 {@code INVALID_PATH} as a problem document for what Spring Security's firewall refuses (an encoded CR, LF
 * or NUL, {@code //}, {@code ;}, {@code ..}), instead of the container's default error; 405
 * {@code METHOD_NOT_ALLOWED} when it was the method it refused (TRACE, or one no endpoint has). The path is not
 * echoed: it is what was wrong, and may not even be a URI.
 */
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    /** The methods the firewall lets through (StrictHttpFirewall's defaults). */
    private static final Set<String> METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final ProblemResponseWriter writer;

    ProblemRequestRejectedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException {
        if (!METHODS.contains(request.getMethod())) {
            writer.write(response, ProblemDocuments.of(ErrorCode.METHOD_NOT_ALLOWED,
                    "No endpoint of Outturn takes this method", List.of(), null));
            return;
        }
        writer.write(response, ProblemDocuments.of(ErrorCode.INVALID_PATH,
                "The request path is not one Outturn serves: it holds characters or sequences no path may",
                List.of(), null));
    }
}
