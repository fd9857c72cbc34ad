package io.outturn.query.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The projection segments whose batches are to write each event on its own (see
 * {@link ProjectionBatch#writeEachEventAlone()}): those whose batch failed to write for a reason that a retry does
 * not cure. They do so until a batch has committed the position of the failed batch's last event (a retry may
 * come in smaller batches), then go back to writing once per batch.
 */
final class BatchIsolation {

    private final Map<String, Long> isolatedUntil = new ConcurrentHashMap<>();

    /** {@code until}: the position of the failed batch's last event, or null when unknown (one batch then). */
    void request(String projection, int segment, Long until) {
        isolatedUntil.merge(key(projection, segment), until == null ? Long.MIN_VALUE : until, Math::max);
    }

    boolean requested(String projection, int segment) {
        return isolatedUntil.containsKey(key(projection, segment));
    }

    /** A batch of the segment committed up to {@code position} (null when unknown). */
    void committed(String projection, int segment, Long position) {
        isolatedUntil.computeIfPresent(key(projection, segment),
                (key, until) -> position == null || position >= until ? null : until);
    }

    private static String key(String projection, int segment) {
        return projection + "#" + segment;
    }
}
