package io.outturn.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds every read model the way an operator does: {@code POST /api/admin/projections/{name}/replay} for each,
 * then {@code GET /api/admin/projections} until every projection is running, no longer replaying, and at the head
 * of the event store. Elapsed time runs from the first replay request to the moment the last one got there.
 */
final class ProjectionReplay {

    /** @param finishedAfterSeconds when each projection first reached the head, from the first replay request */
    record Result(long events, double seconds, double eventsPerSecond, Map<String, Double> finishedAfterSeconds) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(100);

    private ProjectionReplay() {
    }

    static List<String> names(OutturnClient http) throws Exception {
        JsonNode statuses = JSON.readTree(http.expectOk(http.get(OutturnClient.User.ADMIN, "/api/admin/projections"),
                "listing projections").body());
        return java.util.stream.StreamSupport.stream(statuses.spliterator(), false)
                .map(s -> s.get("name").asText()).toList();
    }

    static Result replayAll(OutturnClient http, long events, Duration patience) throws Exception {
        List<String> names = names(http);
        Stopwatch watch = Stopwatch.start();
        for (String name : names) {
            http.expectOk(http.post(OutturnClient.User.ADMIN, "/api/admin/projections/" + name + "/replay", ""),
                    "replaying " + name);
        }
        Map<String, Double> finished = new LinkedHashMap<>();
        while (finished.size() < names.size()) {
            if (watch.seconds() > patience.toSeconds()) {
                throw new IllegalStateException("replay not done after " + patience + ": finished " + finished.keySet());
            }
            Thread.sleep(POLL.toMillis());
            waitingFor(http).forEach((name, done) -> {
                if (done) {
                    finished.putIfAbsent(name, watch.seconds());
                }
            });
        }
        double seconds = finished.values().stream().mapToDouble(Double::doubleValue).max().orElse(watch.seconds());
        return new Result(events, seconds, events / seconds, finished);
    }

    /** Waits until every projection has caught up with the head of the store (e.g. after seeding while running). */
    static void awaitCaughtUp(OutturnClient http, Duration patience) throws Exception {
        Stopwatch watch = Stopwatch.start();
        while (waitingFor(http).containsValue(false)) {
            if (watch.seconds() > patience.toSeconds()) {
                throw new IllegalStateException("projections did not catch up within " + patience);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static Map<String, Boolean> waitingFor(OutturnClient http) throws Exception {
        JsonNode statuses = JSON.readTree(http.expectOk(http.get(OutturnClient.User.ADMIN, "/api/admin/projections"),
                "reading projection progress").body());
        Map<String, Boolean> done = new LinkedHashMap<>();
        for (JsonNode status : statuses) {
            JsonNode position = status.get("position");
            JsonNode head = status.get("head");
            boolean atHead = head == null || head.isNull()
                    || (position != null && !position.isNull() && position.asLong() >= head.asLong());
            done.put(status.get("name").asText(), status.get("running").asBoolean()
                    && !status.get("replaying").asBoolean() && atHead);
        }
        return done;
    }
}
