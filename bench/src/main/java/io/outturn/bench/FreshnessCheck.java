package io.outturn.bench;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a command side pays, per command on a cached aggregate, to know the cached aggregate is current: one
 * look-up of the aggregate's last sequence number in the event store (H2 in standalone, Axon Server distributed),
 * timed on its own against aggregates the command load has just used.
 *
 * @param latency the look-up's own time; compare it with a command's time to see its share
 */
record FreshnessCheck(long checks, Latencies.Summary latency) {

    static FreshnessCheck measure(List<String> aggregateIds, int checks, Consumer<String> lookUp) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < checks; i++) {
            long started = System.nanoTime();
            lookUp.accept(aggregateIds.get(i % aggregateIds.size()));
            latencies.record(System.nanoTime() - started);
        }
        return new FreshnessCheck(checks, latencies.summary());
    }
}
