package io.outturn.web.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.web.testsupport.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths that no client should send (issue 9, point 6): an encoded CR or LF got Spring's default error JSON, a NUL
 * or a byte that is not UTF-8 got Tomcat's HTML page. Each is now a 400 problem document with a stable code, also
 * when the servlet container refuses the request before Spring sees it. Sent over a raw socket, since no HTTP
 * client library will send them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedPathTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    /** Written as hex so that raw control bytes survive; {@code 2f} is {@code /}. */
    @ParameterizedTest
    @ValueSource(strings = {
            "/api/sample/status%0d%0aSet-Cookie:x=1",
            "/api/sample/status%0a",
            "/api/sample/status%00",
            "/api/sample/status/%c3%28",
            "/api/sample/status/%ff%fe",
            "/api/sample/status/..%2f..%2fetc",
            "/api/sample/status;jsessionid=1",
            "/api/sample//status",
            "raw:/api/sample/status/<00>",
            "raw:/api/sample/status/<ff>",
            "raw:/api/sample/status/<c3a9>",
            "raw:/api/sample/status/<0d>x",
            // Found by the hostile-input run: the firewall refuses a parameter's name only when the names are read.
            "/actuator/health?%00=%00",
            "/actuator/health?page=1&%07=x",
    })
    void aMalformedPathIsAProblemDocumentWhoeverRefusesIt(String path) throws Exception {
        RawHttp.Response response = new RawHttp(port).request("GET", bytes(path),
                RawHttp.basic("viewer", "viewer"), null, new byte[0]);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_PATH");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("java.", "Exception", "<html", "Tomcat");
    }

    /** Found by the hostile-input run: Tomcat answered CONNECT with 501, which became a 500 problem document. */
    @ParameterizedTest
    @ValueSource(strings = {"CONNECT", "TRACE", "FOO"})
    void aMethodNoEndpointTakesIsAProblemDocumentNotAServerError(String method) throws Exception {
        RawHttp.Response response = new RawHttp(port).request(method, bytes("/api/sample/status"),
                RawHttp.basic("viewer", "viewer"), null, new byte[0]);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    /** {@code raw:} paths carry bytes written as hex between angle brackets, sent as they are. */
    private static byte[] bytes(String path) {
        if (!path.startsWith("raw:")) {
            return path.getBytes(StandardCharsets.US_ASCII);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String rest = path.substring(4);
        while (!rest.isEmpty()) {
            int open = rest.indexOf('<');
            if (open < 0) {
                out.writeBytes(rest.getBytes(StandardCharsets.US_ASCII));
                break;
            }
            int close = rest.indexOf('>', open);
            out.writeBytes(rest.substring(0, open).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(HexFormat.of().parseHex(rest.substring(open + 1, close)));
            rest = rest.substring(close + 1);
        }
        return out.toByteArray();
    }
}
