package io.outturn.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * Outturn's HTTP API as a client sees it: HTTP/1.1 with keep-alive and Basic authentication as one of its four
 * users: standalone's demo users, whose passwords are their names, or the distributed set-up's.
 */
final class OutturnClient {

    enum User {
        MANAGER("manager"), AUDITOR("auditor"), VIEWER("viewer"), ADMIN("admin");

        private final String name;

        User(String name) {
            this.name = name;
        }
    }

    record Response(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final String baseUrl;
    private final Map<User, String> authorizations = new EnumMap<>(User.class);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** As standalone's demo users. */
    OutturnClient(String baseUrl) {
        this(baseUrl, Map.of("manager", "manager", "auditor", "auditor", "viewer", "viewer", "admin", "admin"));
    }

    /** As the users named in {@code passwords}. */
    OutturnClient(String baseUrl, Map<String, String> passwords) {
        this.baseUrl = baseUrl;
        for (User user : User.values()) {
            authorizations.put(user, "Basic " + Base64.getEncoder().encodeToString(
                    (user.name + ":" + passwords.get(user.name)).getBytes(StandardCharsets.UTF_8)));
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    Response get(User user, String path) {
        return send(request(user, path).GET().build());
    }

    Response post(User user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(body(json)).build());
    }

    Response put(User user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(body(json)).build());
    }

    /** Like {@link #post}/{@link #put}, but a non-2xx answer is a failure of the benchmark's own set-up. */
    Response expectOk(Response response, String what) {
        if (!response.ok()) {
            throw new IllegalStateException(what + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    private HttpRequest.Builder request(User user, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", authorizations.get(user))
                .header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }
}
