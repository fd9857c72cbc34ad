package io.outturn.distributed;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** {@code GET /api/admin/projections} of one query side, read as the operator reads it. */
record ProjectionsSeen(String querySide, Map<String, JsonNode> byName) {

    static final List<String> NAMES = List.of("kpi-status", "audit-log", "year-on-year", "savings-programme");

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
        List<Integer> ids = new ArrayList<>();
        projection(name).path("segments").forEach(segment -> ids.add(segment.path("segment").asInt()));
        return ids;
    }

    /** Every segment of {@code name} here, as the operator sees it. */
    List<JsonNode> segmentStatuses(String name) {
        return StreamSupport.stream(projection(name).path("segments").spliterator(), false).toList();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(querySide).append(':');
        byName.forEach((name, projection) -> text.append("\n  ").append(projection));
        return text.toString();
    }
}
