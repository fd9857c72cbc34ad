package io.outturn.web.http;

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
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Refuses request bodies over the configured limit with a 413 problem. A declared {@code Content-Length} over
 * the limit is refused before anything is read; a body without one (chunked) is counted while it is read and
 * refused as soon as it passes the limit, so a client cannot get round the limit by not declaring a length.
 * A body that takes longer than {@code body-read-timeout} to arrive, a byte at a time or not at all, is refused
 * with a 408 problem at the next read (issue 9: a trickled body held a request thread as long as it liked).
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final String IMPORTS_PREFIX = "/api/imports/";

    private final HttpLimitsProperties limits;
    private final ProblemResponseWriter problems;
    private final Clock clock;

    public RequestBodyLimitFilter(HttpLimitsProperties limits, ProblemResponseWriter problems, Clock clock) {
        this.limits = limits;
        this.problems = problems;
        this.clock = clock;
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
        Deadline deadline = new Deadline(clock, clock.millis() + limits.bodyReadTimeout().toMillis(),
                limits.bodyReadTimeout());
        try {
            chain.doFilter(new LimitedRequest(request, limit, deadline), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            RequestBodyRefusedException refused = refused(failure);
            if (refused == null || response.isCommitted()) {
                throw failure;
            }
            refuse(request, response, refused);
        }
    }

    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(IMPORTS_PREFIX) ? limits.maxImportBytes().toBytes() : limits.maxBodyBytes().toBytes();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RequestBodyRefusedException refused)
            throws IOException {
        // The client may still be sending: close the connection rather than read the rest.
        response.setHeader("Connection", "close");
        problems.write(response, ProblemDocuments.of(refused.code(), refused.getMessage(), (String) null, request));
    }

    private static RequestBodyRefusedException refused(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof RequestBodyRefusedException refused) {
                return refused;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return null;
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private final Deadline deadline;
        private ServletInputStream stream;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long limit, Deadline deadline) {
            super(request);
            this.limit = limit;
            this.deadline = deadline;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called for this request");
            }
            if (stream == null) {
                stream = new CountingInputStream(super.getInputStream(), limit, deadline);
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
                        new CountingInputStream(super.getInputStream(), limit, deadline), charset));
            }
            return reader;
        }
    }

    /** When the body must have arrived by, on the injected clock; a container read timeout counts as passing it. */
    private record Deadline(Clock clock, long byMillis, Duration limit) {

        void check() throws RequestBodyTooSlowException {
            if (clock.millis() > byMillis) {
                throw exceeded();
            }
        }

        RequestBodyTooSlowException exceeded() {
            return new RequestBodyTooSlowException(limit);
        }
    }

    private static final class CountingInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private final Deadline deadline;
        private long count;

        CountingInputStream(ServletInputStream delegate, long limit, Deadline deadline) {
            this.delegate = delegate;
            this.limit = limit;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            deadline.check();
            int b;
            try {
                b = delegate.read();
            } catch (SocketTimeoutException stopped) {
                throw deadline.exceeded();
            }
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            deadline.check();
            int n;
            try {
                n = delegate.read(buffer, offset, length);
            } catch (SocketTimeoutException stopped) {
                throw deadline.exceeded();
            }
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public int readLine(byte[] buffer, int offset, int length) throws IOException {
            deadline.check();
            int n;
            try {
                n = delegate.readLine(buffer, offset, length);
            } catch (SocketTimeoutException stopped) {
                throw deadline.exceeded();
            }
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
