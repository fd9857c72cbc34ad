package io.outturn.distributed;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/** Waiting, within a limit, for a process to answer its health check. */
final class Health {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Health() {
    }

    /**
     * Polls {@code url} until it answers 200 with {@code "UP"}; fails at once when {@code alive} says the process
     * has gone, and after {@code limit} otherwise.
     */
    static void awaitUp(String what, URI url, Duration limit, BooleanSupplier alive, String whereToLook) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            await(what + " healthy").atMost(limit)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!alive.getAsBoolean()) {
                            throw new IllegalStateException(what + " exited before it was healthy; see " + whereToLook);
                        }
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("UP");
                    });
        } catch (ConditionTimeoutException late) {
            throw new IllegalStateException(what + " not healthy within " + limit + "; see " + whereToLook, late);
        }
    }
}
