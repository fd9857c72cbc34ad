package io.outturn.query.live;

import io.outturn.query.QuerySideApplication;
import io.outturn.query.testsupport.EmbeddedMongo;
import io.outturn.query.testsupport.QuerySideTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the query side with dashboards connected (issue 9, point 9: shutdown hung 30 s, the web server's graceful
 * shutdown waiting for streams that never end). The streams are now ended first, properly: the client sees the end
 * of the chunked response, not a connection cut off once the graceful shutdown gave up.
 */
class ShutdownWithLiveStreamsTest {

    @Test
    void stoppingTheApplicationEndsEveryLiveStreamCleanly() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                QuerySideApplication.class, QuerySideTestConfiguration.class)
                .run("--server.port=0",
                        "--spring.data.mongodb.uri=" + EmbeddedMongo.connectionString(),
                        "--spring.data.mongodb.database=" + EmbeddedMongo.newDatabase());
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/indicators/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(
                    StandardCharsets.UTF_8)) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            readUntil(in, received, "200");
            CompletableFuture<Void> rest = CompletableFuture.runAsync(() -> readToEnd(in, received));

            context.close();
            rest.join();

            String stream = received.toString(StandardCharsets.ISO_8859_1);
            assertThat(stream).startsWith("HTTP/1.1 200").contains("text/event-stream");
            assertThat(stream).as("the chunked stream ends with its last chunk, not a cut connection")
                    .endsWith("0\r\n\r\n");
        } finally {
            context.close();
        }
    }

    private static void readUntil(InputStream in, ByteArrayOutputStream received, String text) throws IOException {
        while (!received.toString(StandardCharsets.ISO_8859_1).contains(text)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the stream ended before '" + text + "': " + received);
            }
            received.write(b);
        }
    }

    private static void readToEnd(InputStream in, ByteArrayOutputStream received) {
        try {
            in.transferTo(received);
        } catch (IOException cut) {
            // a reset connection ends the stream too; the assertion on what arrived tells the two apart
        }
    }
}
