package io.outturn.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Over a real socket, so that a body without Content-Length really arrives chunked. Limits: 2KB, imports 8KB. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestBodyLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper objectMapper;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> response = send("/api/sample/uploads",
                HttpRequest.BodyPublishers.ofString("x".repeat(3 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(code(response)).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIsRefusedWith413() throws Exception {
        byte[] body = "x".repeat(3 * 1024).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send("/api/sample/uploads",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(code(response)).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        byte[] body = "x".repeat(1024).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send("/api/sample/uploads",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(objectMapper.readTree(response.body()).get("bytes").asLong()).isEqualTo(1024);
    }

    @Test
    void importsMayBeLargerThanOtherBodies() throws Exception {
        HttpResponse<String> response = send("/api/imports/sample",
                HttpRequest.BodyPublishers.ofString("x".repeat(6 * 1024)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(objectMapper.readTree(response.body()).get("bytes").asLong()).isEqualTo(6 * 1024);
    }

    @Test
    void importsOverTheirOwnLimitAreRefused() throws Exception {
        byte[] body = "x".repeat(9 * 1024).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send("/api/imports/sample",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(code(response)).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain")
                .POST(body)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String code(HttpResponse<String> response) throws Exception {
        JsonNode problem = objectMapper.readTree(response.body());
        return problem.get("code").asText();
    }
}
