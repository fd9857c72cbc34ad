package io.outturn.distributed;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A dashboard following {@code GET /api/indicators/stream}: every {@code status} event's card, as it arrives,
 * read on a thread of its own until {@link #close()}.
 */
final class LiveStream implements AutoCloseable {

    private final String name;
    private final List<JsonNode> cards = new CopyOnWriteArrayList<>();
    private final AtomicInteger heartbeats = new AtomicInteger();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicInteger status = new AtomicInteger();
    private final Thread reader;
    private volatile Stream<String> lines;
    private volatile Throwable failure;

    private LiveStream(String name, Api viewer, String query) {
        this.name = name;
        HttpRequest request = viewer.request("api/indicators/stream" + query)
                .header("Accept", "text/event-stream")
                .timeout(java.time.Duration.ofMinutes(30))
                .GET().build();
        this.reader = new Thread(() -> read(request), "live-stream-" + name);
        this.reader.setDaemon(true);
    }

    static LiveStream open(String name, Api viewer, String query) {
        LiveStream stream = new LiveStream(name, viewer, query);
        stream.reader.start();
        return stream;
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<Stream<String>> response = Api.HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
            status.set(response.statusCode());
            lines = response.body();
            List<String> event = new ArrayList<>();
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    accept(event);
                    event.clear();
                } else {
                    event.add(line);
                }
            });
        } catch (IOException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.set(true);
        }
    }

    private void accept(List<String> event) {
        if (event.stream().anyMatch(line -> line.startsWith(":"))) {
            heartbeats.incrementAndGet();
        }
        if (!event.contains("event:status")) {
            return;
        }
        event.stream().filter(line -> line.startsWith("data:")).findFirst().ifPresent(data -> {
            try {
                cards.add(Api.JSON.readTree(data.substring("data:".length())));
            } catch (IOException unreadable) {
                failure = unreadable;
            }
        });
    }

    /** The HTTP status once the response has begun, 0 before. */
    int status() {
        return status.get();
    }

    List<JsonNode> cards() {
        return List.copyOf(cards);
    }

    /** The newest version of {@code indicatorId}'s card received so far. */
    Optional<Long> versionOf(String indicatorId) {
        return cards.stream().filter(card -> indicatorId.equals(card.path("indicatorId").asText()))
                .map(card -> card.path("version").asLong()).max(Long::compare);
    }

    boolean ended() {
        return ended.get();
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        reader.interrupt();
    }

    @Override
    public String toString() {
        return name + " (HTTP " + status() + ", " + cards.size() + " cards, " + heartbeats.get() + " heartbeats"
                + (ended() ? ", ended" : "") + (failure == null ? "" : ", failed: " + failure) + ")";
    }
}
