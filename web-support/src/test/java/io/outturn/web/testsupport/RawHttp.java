package io.outturn.web.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, for requests no well-behaved client will send: a request line with
 * raw CR, LF, NUL or invalid UTF-8 bytes, a body that trickles or never ends. Each request has its own
 * connection ({@code Connection: close}), and the answer is read until the server closes it.
 */
public final class RawHttp {

    /** How long a read may wait for the server before the test fails rather than hangs. */
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code head} (request line and headers, without the blank line that ends them) and {@code body}. */
    public Response send(byte[] head, byte[] body) throws IOException {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // The server answered and closed before the body was all sent (a request line it refused at once):
                // its answer is still there to read.
                return Response.read(socket.getInputStream());
            }
            return Response.read(socket.getInputStream());
        }
    }

    /** A request whose request line is written exactly as given, bytes and all, with the usual headers. */
    public Response request(String method, byte[] target, String authorization, String contentType, byte[] body)
            throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
        head.writeBytes(target);
        StringBuilder headers = new StringBuilder(" HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close");
        if (authorization != null) {
            headers.append("\r\nAuthorization: ").append(authorization);
        }
        if (contentType != null) {
            headers.append("\r\nContent-Type: ").append(contentType);
        }
        if (body.length > 0 || !method.equals("GET")) {
            headers.append("\r\nContent-Length: ").append(body.length);
        }
        head.writeBytes(headers.toString().getBytes(StandardCharsets.ISO_8859_1));
        return send(head.toByteArray(), body);
    }

    public Response get(String target, String authorization) throws IOException {
        return request("GET", target.getBytes(StandardCharsets.ISO_8859_1), authorization, null, new byte[0]);
    }

    /**
     * Declares {@code declaredLength} bytes of body but sends only {@code sent}, then waits for the answer without
     * ever sending the rest: what a client that trickles, or a hostile one that stalls, does.
     */
    public Response stalled(String method, String target, String authorization, int declaredLength, byte[] sent)
            throws IOException {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: " + declaredLength
                + (authorization == null ? "" : "\r\nAuthorization: " + authorization);
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(sent);
            out.flush();
            return Response.read(socket.getInputStream());
        }
    }

    /**
     * Declares {@code declaredLength} bytes of body and sends them one at a time, {@code pause} apart, while waiting
     * for the answer: a client that trickles its body to hold a server thread.
     */
    public Response trickled(String method, String target, String authorization, int declaredLength,
                             java.time.Duration pause) throws IOException {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: " + declaredLength
                + (authorization == null ? "" : "\r\nAuthorization: " + authorization);
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < declaredLength; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(pause.toMillis());
                    }
                } catch (IOException | InterruptedException stopped) {
                    // the server closed the connection, or the test is over: stop trickling
                }
            }, "trickling-client");
            writer.setDaemon(true);
            writer.start();
            try {
                return Response.read(socket.getInputStream());
            } finally {
                writer.interrupt();
            }
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /** Status, headers (names in lower case) and body as text; a chunked body is joined. */
    public record Response(int status, Map<String, String> headers, String body) {

        /** How long a whole answer may take: one that streams for ever (a live stream) fails rather than hangs. */
        private static final long MAX_ANSWER_MILLIS = 120_000;

        private static byte[] readWithin(InputStream in, long maxMillis) throws IOException {
            long deadline = System.nanoTime() + maxMillis * 1_000_000;
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
                if (System.nanoTime() > deadline) {
                    throw new IOException("the answer has not ended after " + maxMillis + " ms: "
                            + new String(all.toByteArray(), 0, Math.min(all.size(), 300), StandardCharsets.ISO_8859_1));
                }
            }
            return all.toByteArray();
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        static Response read(InputStream in) throws IOException {
            byte[] all = readWithin(in, MAX_ANSWER_MILLIS);
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("no complete answer: '" + text + "'");
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? unchunked(rest) : rest;
            return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunked(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOf(chunked, at);
                if (lineEnd < 0) {
                    break;
                }
                String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
                int size = Integer.parseInt(sizeText, 16);
                if (size == 0) {
                    break;
                }
                body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
                at = lineEnd + 2 + size + 2;
            }
            return body.toByteArray();
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
