package io.outturn.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Outturn's HTTP API as one user of the distributed set-up, against one process's base URI. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final String user;
    private final String authorization;

    Api(URI base, String user) {
        this.base = base;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + DistributedOutturn.PASSWORDS.get(user)).getBytes(StandardCharsets.UTF_8));
    }

    URI base() {
        return base;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, Object body) {
        return send(json(request(path), body, "POST"));
    }

    Answer put(String path, Object body) {
        return send(json(request(path), body, "PUT"));
    }

    Answer putIfMatch(String path, Object body, long version) {
        return send(json(request(path).header("If-Match", "\"" + version + "\""), body, "PUT"));
    }

    Answer postCsv(String path, String csv) {
        return send(request(path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json, text/plain")
                .header("Authorization", authorization);
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, Object body, String method) {
        try {
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            return new Answer(built.method() + " " + built.uri() + " as " + user, response.statusCode(),
                    response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A response: status, body and ETag, with accessors for a command's result and a problem's code. */
    record Answer(String request, int status, String body, String etag) {

        boolean successful() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException notJson) {
                return MissingNode.getInstance();
            }
        }

        long version() {
            return json().path("version").asLong(-1);
        }

        boolean changed() {
            return json().path("changed").asBoolean();
        }

        String code() {
            return json().path("code").asText(null);
        }

        @Override
        public String toString() {
            return request + " -> " + status + (etag == null ? "" : " ETag " + etag) + " " + body;
        }
    }
}
