package io.outturn.web.http;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.ProblemDocuments;
import io.outturn.web.problem.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over the configured limit with a 413 problem. A declared {@code Content-Length} over
 * the limit is refused before anything is read; a body without one (chunked) is counted while it is read and
 * refused as soon as it passes the limit, so a client cannot get round the limit by not declaring a length.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final String IMPORTS_PREFIX = "/api/imports/";

    private final HttpLimitsProperties limits;
    private final ProblemResponseWriter problems;

    public RequestBodyLimitFilter(HttpLimitsProperties limits, ProblemResponseWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, new PayloadTooLargeException(limit));
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            PayloadTooLargeException tooLarge = tooLarge(failure);
            if (tooLarge == null || response.isCommitted()) {
                throw failure;
            }
            refuse(request, response, tooLarge);
        }
    }

    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(IMPORTS_PREFIX) ? limits.maxImportBytes().toBytes() : limits.maxBodyBytes().toBytes();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, PayloadTooLargeException tooLarge)
            throws IOException {
        // The client may still be sending: close the connection rather than read the rest.
        response.setHeader("Connection", "close");
        problems.write(response, ProblemDocuments.of(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage(),
                (String) null, request));
    }

    private static PayloadTooLargeException tooLarge(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return null;
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called for this request");
            }
            if (stream == null) {
                stream = new CountingInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                if (stream != null) {
                    throw new IllegalStateException("getInputStream() has already been called for this request");
                }
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(
                        new CountingInputStream(super.getInputStream(), limit), charset));
            }
            return reader;
        }
    }

    private static final class CountingInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public int readLine(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.readLine(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) throws PayloadTooLargeException {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public int available() throws IOException {
            return delegate.available();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
