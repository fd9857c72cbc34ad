package io.outturn.query.config;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The projection segments whose next batch is to write each event on its own (see
 * {@link ProjectionBatch#writeEachEventAlone()}): those whose last batch failed to write for a reason that a retry
 * does not cure. Once such a batch commits, the segment goes back to writing once per batch.
 */
final class BatchIsolation {

    private final Set<String> isolated = ConcurrentHashMap.newKeySet();

    void request(String projection, int segment) {
        isolated.add(key(projection, segment));
    }

    boolean requested(String projection, int segment) {
        return isolated.contains(key(projection, segment));
    }

    void done(String projection, int segment) {
        isolated.remove(key(projection, segment));
    }

    private static String key(String projection, int segment) {
        return projection + "#" + segment;
    }
}
