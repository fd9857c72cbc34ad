package io.outturn.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tomcat's error page, as a problem document. Tomcat answers some requests itself before any servlet sees them: a
 * request line with a NUL or a byte that is not ASCII, a path that does not decode as UTF-8 (issue 9: those got
 * Tomcat's HTML page). Its host renders those through this valve, which writes the same problem document as every
 * other error. Tomcat's 400s are about the request line or a header, nearly always the path.
 */
public class ContainerErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrorReportValve.class);

    private final ObjectMapper objectMapper;

    ContainerErrorReportValve(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorCode code = status == 400 ? ErrorCode.INVALID_PATH
                : ErrorCode.forStatus(status).orElse(status < 500 ? ErrorCode.INVALID_PATH : ErrorCode.INTERNAL_ERROR);
        String detail = code == ErrorCode.INVALID_PATH ? "The request path or a header is not valid HTTP" : code.title();
        try {
            String json = objectMapper.writeValueAsString(ProblemDocuments.of(code, detail, List.of(), null));
            response.setStatus(code.status());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // The client has gone or the response was committed meanwhile: there is no one left to tell.
            log.debug("Could not write the problem document of a request the container refused", unwritable);
        }
    }
}
