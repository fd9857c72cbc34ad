package io.outturn.bench;

import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a long history costs a command: indicators with 10, 1,000 and 10,000 events in their history, then single
 * target revisions sent one after another to each. Without the aggregate cache Axon loads the aggregate for every
 * command, from the whole history, or from its latest snapshot and the events after it when snapshots are on; with
 * the cache only the first command after seeding loads it (the seeded events bypass the command side).
 */
final class HistoryLatency {

    /** @param cacheEntries {@code outturn.aggregate-cache.max-entries} of the run, 0 for no cache */
    record Result(int historyEvents, int snapshotThreshold, int cacheEntries, Latencies.Summary latency, long rejected) {

        /** Runs with the same snapshot and cache settings are compared with each other. */
        boolean sameSettings(Result other) {
            return snapshotThreshold == other.snapshotThreshold && cacheEntries == other.cacheEntries;
        }

        String phase() {
            return HistoryLatency.phase(snapshotThreshold, cacheEntries);
        }

        String settings() {
            return (snapshotThreshold == 0 ? "snapshots off" : "snapshots every " + snapshotThreshold + " events")
                    + (cacheEntries == 0 ? ", cache off" : ", cache on");
        }
    }

    private HistoryLatency() {
    }

    /** The phase (and profile file) name of a run with these settings. */
    static String phase(int snapshotThreshold, int cacheEntries) {
        return "history-snapshots-" + (snapshotThreshold == 0 ? "off" : snapshotThreshold)
                + "-cache-" + (cacheEntries == 0 ? "off" : "on");
    }

    static List<Result> measure(RunningOutturn outturn, Scale scale, int snapshotThreshold, int cacheEntries)
            throws Exception {
        IndicatorArchetype archetype = IndicatorArchetype.fromDemoPlan().stream()
                .filter(a -> a.polarity() == Polarity.HIGHER_IS_BETTER)
                .findFirst().orElseThrow();
        List<FinancialYear> years = IntStream.range(0, 10).mapToObj(i -> FinancialYear.startingIn(2005 + i)).toList();
        EventSeeder seeder = new EventSeeder(outturn.bean(EventStorageEngine.class), scale.seedBatch());
        for (int size : scale.historySizes()) {
            seeder.append(IndicatorHistory.generate(idFor(size), archetype, years, size, County.SEED + size));
        }
        ProjectionReplay.awaitCaughtUp(outturn.http(), Duration.ofMinutes(10));
        List<Result> results = new ArrayList<>();
        long value = 10_000;
        for (int size : scale.historySizes()) {
            String path = "/api/indicators/" + idFor(size) + "/targets/2014-15";
            Latencies latencies = new Latencies();
            long rejected = 0;
            Stopwatch watch = Stopwatch.start();
            for (int i = 0; i < scale.historyWarmup() + scale.historySamples(); i++) {
                if (i > scale.historyWarmup() + 10 && watch.seconds() > scale.historyMaxDuration().toSeconds()) {
                    break;
                }
                value++;
                long started = System.nanoTime();
                OutturnClient.Response response = outturn.http().put(OutturnClient.User.MANAGER, path,
                        "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": " + value + "}, \"printed\": \"" + value
                                + "+\", \"reason\": \"Cabinet approved stretch target\"}");
                long ended = System.nanoTime();
                if (!response.ok()) {
                    rejected++;
                } else if (i >= scale.historyWarmup()) {
                    latencies.record(ended - started);
                }
            }
            results.add(new Result(size, snapshotThreshold, cacheEntries, latencies.summary(), rejected));
        }
        return results;
    }

    private static String idFor(int size) {
        return "history-" + size;
    }
}
