package io.outturn.distributed;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** {@code GET /api/admin/projections} of one query side, read as the operator reads it. */
record ProjectionsSeen(String querySide, Map<String, JsonNode> byName) {

    static final List<String> NAMES = List.of("kpi-status", "audit-log", "year-on-year", "savings-programme",
            "scrutiny");
    private static final String ELSEWHERE = "ELSEWHERE";

    static ProjectionsSeen of(String querySide, Api admin) {
        Api.Answer answer = admin.get("api/admin/projections");
        if (answer.status() != 200) {
            throw new IllegalStateException(answer.toString());
        }
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        answer.json().forEach(projection -> byName.put(projection.path("name").asText(), projection));
        return new ProjectionsSeen(querySide, byName);
    }

    JsonNode projection(String name) {
        JsonNode projection = byName.get(name);
        if (projection == null) {
            throw new IllegalStateException(querySide + " has no projection " + name + ": " + byName.keySet());
        }
        return projection;
    }

    /** The segments of {@code name} this query side holds. */
    List<Integer> segments(String name) {
        return segmentStatuses(name).stream().map(segment -> segment.path("segment").asInt()).toList();
    }

    /**
     * Every segment of {@code name} this query side holds, as the operator sees it; the endpoint lists the others
     * too, as {@code ELSEWHERE}, and the instance holding them reports them.
     */
    List<JsonNode> segmentStatuses(String name) {
        return heldHere(projection(name));
    }

    /** The segments of one projection's status that its query side holds. */
    static List<JsonNode> heldHere(JsonNode projection) {
        return StreamSupport.stream(projection.path("segments").spliterator(), false)
                .filter(segment -> !ELSEWHERE.equals(segment.path("state").asText()))
                .toList();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(querySide).append(':');
        byName.forEach((name, projection) -> text.append("\n  ").append(projection));
        return text.toString();
    }
}
