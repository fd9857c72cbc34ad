package io.outturn.web.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.web.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body that never finishes arriving holds no thread for long (issue 9, points 8 and 9): a client that may not use
 * an endpoint is refused before its body is read at all, and one that may is cut off once its body has taken
 * longer than {@code outturn.http.body-read-timeout} to arrive, or stops arriving for
 * {@code server.tomcat.connection-timeout} (both one second here). Over a raw socket, since HTTP
 * client libraries send bodies whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"outturn.http.body-read-timeout=1s", "server.tomcat.connection-timeout=1s"})
class SlowBodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void aViewersBodyThatNeverArrivesIsRefusedWithoutWaitingForIt() throws Exception {
        RawHttp.Response response = new RawHttp(port).stalled("POST", "/api/indicators",
                RawHttp.basic("viewer", "viewer"), 31, "{\"id\"".getBytes(StandardCharsets.US_ASCII));

        assertThat(response.status()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aBodyThatTricklesInIsCutOffWhenItHasTakenTooLong() throws Exception {
        RawHttp.Response response = new RawHttp(port).trickled("POST", "/api/sample/uploads",
                RawHttp.basic("manager", "manager"), 1_000, Duration.ofMillis(100));

        assertThat(response.status()).isEqualTo(408);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("REQUEST_TIMEOUT");
    }

    @Test
    void aBodyThatStopsArrivingIsCutOff() throws Exception {
        RawHttp.Response response = new RawHttp(port).stalled("POST", "/api/sample/commands",
                RawHttp.basic("manager", "manager"), 1_000, "{\"id\"".getBytes(StandardCharsets.US_ASCII));

        assertThat(response.status()).isEqualTo(408);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("REQUEST_TIMEOUT");
    }
}
