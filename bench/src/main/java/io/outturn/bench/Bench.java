package io.outturn.bench;

import com.mongodb.client.MongoClient;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.FinancialYear;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One benchmark run, phase by phase, each in an Outturn of its own on a fresh folder under the run's data folder:
 * the event-store ceilings and commands over HTTP; the large county (seeding, replays, the read-model and event-read
 * ceilings, queries); and command latency against long histories without and with snapshots.
 */
final class Bench {

    private static final Duration REPLAY_PATIENCE = Duration.ofMinutes(40);

    private final Scale scale;
    private final Path data;
    private final Path profiles;
    private final boolean profile;
    private final ReadModelStore store;
    private final Results results = new Results();
    /** The parts to run (commands, county, history); all when empty. */
    private final List<String> only;
    /** Properties given to every Outturn started, on top of each part's own: for trying a tuning. */
    private final Map<String, String> settings;
    /** Fixes taken back for this run, to measure their effect. */
    private final List<UndoneFix> undone;

    Bench(Scale scale, Path data, Path profiles, boolean profile, ReadModelStore store, List<String> only,
          Map<String, String> settings, List<UndoneFix> undone) {
        this.undone = undone;
        this.only = only;
        this.settings = settings;
        this.scale = scale;
        this.data = data;
        this.profiles = profiles;
        this.profile = profile;
        this.store = store;
    }

    /**
     * Runs the selected parts; after each, hands the results so far to {@code checkpoint}, so that a run cut short
     * (a machine that kills its largest process when memory runs low, say) still leaves what it measured.
     */
    Results run(java.util.function.Consumer<Results> checkpoint) {
        Stopwatch whole = Stopwatch.start();
        results.scale = scale.name();
        results.machine = MachineInfo.current();
        results.readModelStore = store.describe();
        if (selected("commands")) {
            attempt("commands", this::commandsAndAppendCeilings);
            results.totalSeconds = whole.seconds();
            checkpoint.accept(results);
        }
        if (selected("county")) {
            attempt("county", this::county);
            results.totalSeconds = whole.seconds();
            checkpoint.accept(results);
        }
        if (selected("history")) {
            attempt("history", this::history);
        }
        results.totalSeconds = whole.seconds();
        return results;
    }

    private void commandsAndAppendCeilings() throws Exception {
        try (RunningOutturn outturn = RunningOutturn.start("commands", data.resolve("commands"), store, settings(Map.of()), undone)) {
            List<RawAppend.Row> rows = commandShapedRows(outturn.bean("eventSerializer", Serializer.class));
            try (RawAppend raw = new RawAppend(data.resolve("ceiling").resolve("events"))) {
                for (int writers : scale.appendWriters()) {
                    Phase phase = start("raw-append-" + writers + "-writers");
                    RawAppend.Result result = raw.measure(writers, rows, scale.appendWarmup(), scale.appendDuration());
                    phase.stop();
                    results.rawAppend.put(writers, result);
                    Console.say("raw durable append, %d writers: %.0f events/s (commit p50 %.2f ms, p99 %.2f ms)",
                            writers, result.eventsPerSecond(), result.commit().p50Millis(), result.commit().p99Millis());
                }
            }
            CommandLoad load = new CommandLoad(outturn.http(), scale);
            for (int clients : scale.commandClients()) {
                CommandLoad.Prepared prepared = load.prepare(clients);
                ProjectionReplay.awaitCaughtUp(outturn.http(), Duration.ofMinutes(5));
                Phase phase = start("commands-" + clients + "-clients");
                CommandLoad.Result result = load.run(prepared);
                phase.stop();
                results.commands.put(clients, result);
                Console.say("commands over HTTP, %d clients: %.0f commands/s (p50 %.2f ms, p99 %.2f ms), %d rejected",
                        clients, result.commandsPerSecond(), result.latency().p50Millis(), result.latency().p99Millis(),
                        result.rejected());
            }
        }
    }

    /** The events the command mix produces (targets set and revised, actuals recorded and corrected, lines revised), serialized. */
    private static List<RawAppend.Row> commandShapedRows(Serializer serializer) {
        List<IndicatorArchetype> archetypes = IndicatorArchetype.fromDemoPlan();
        List<FinancialYear> years = IntStream.range(0, 3).mapToObj(i -> FinancialYear.startingIn(2011 + i)).toList();
        List<DomainEventMessage<?>> indicatorEvents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            IndicatorHistory.generate("load-" + i, archetypes.get(i % archetypes.size()), years, 100, County.SEED + i)
                    .stream()
                    .filter(e -> e.getPayload() instanceof TargetSetEvent || e.getPayload() instanceof ActualRecordedEvent
                            || e.getPayload() instanceof ActualCorrectedEvent)
                    .forEach(indicatorEvents::add);
        }
        List<DomainEventMessage<?>> savingsEvents = SavingsHistory.generate("load-savings", SavingsHistory.seedLines(),
                        1_000, County.SEED).stream()
                .filter(e -> e.getPayload() instanceof SavingsLineRevisedEvent)
                .toList();
        List<RawAppend.Row> rows = new ArrayList<>(RawAppend.serialize(indicatorEvents, serializer, IndicatorHistory.AGGREGATE_TYPE));
        List<RawAppend.Row> savingsRows = RawAppend.serialize(savingsEvents, serializer, SavingsHistory.AGGREGATE_TYPE);
        // 20% savings-line revisions, as in the command mix.
        int wanted = rows.size() / 4;
        for (int i = 0; i < wanted; i++) {
            rows.add(savingsRows.get(i % savingsRows.size()));
        }
        java.util.Collections.shuffle(rows, new java.util.Random(County.SEED));
        return rows;
    }

    private void county() throws Exception {
        County county = new County(scale);
        try (RunningOutturn outturn = RunningOutturn.start("county", data.resolve("county"), store, settings(Map.of()), undone)) {
            EventSeeder seeder = new EventSeeder(outturn.bean(EventStorageEngine.class), scale.seedBatch());
            Iterator<DomainEventMessage<?>> events = county.events();
            MongoTemplate mongo = outturn.bean(MongoTemplate.class);
            int batchSize = outturn.bean(Environment.class)
                    .getProperty("axon.eventhandling.processors.audit-log.batch-size", Integer.class, 200);
            RawDocumentWrite ceiling = new RawDocumentWrite(outturn.bean(MongoClient.class), mongo.getDb().getName(),
                    batchSize, 4);
            long seeded = 0;
            for (int size : scale.replayAt()) {
                stopProjections(outturn);
                Phase seeding = start("seed-" + label(size));
                EventSeeder.Seeded seed = seeder.append(events, size - seeded);
                seeding.stop();
                seeded += seed.events();
                results.seeding.put(size, seed);
                Console.say("seeded %d events (%d in the store) at %.0f events/s", seed.events(), seeded, seed.eventsPerSecond());

                Phase replay = start("replay-" + label(size));
                ProjectionReplay.Result replayed = ProjectionReplay.replayAll(outturn.http(), seeded, REPLAY_PATIENCE);
                replay.stop();
                results.replay.put(size, replayed);
                results.readModelDocuments.put(size, ceiling.counts().values().stream().mapToLong(Long::longValue).sum());
                Console.say("replayed %d events in %.1f s: %.0f events/s %s", seeded, replayed.seconds(),
                        replayed.eventsPerSecond(), replayed.finishedAfterSeconds());

                attempt("raw-upsert-" + label(size), () -> {
                    Phase upsert = start("raw-upsert-" + label(size));
                    RawDocumentWrite.Result written = ceiling.writeAll();
                    upsert.stop();
                    results.rawUpsert.put(size, written);
                    Console.say("raw bulk upsert of %d read-model documents%s: %.0f documents/s (%.1f s)",
                            written.documents(), written.exact() ? "" : " (same-shaped copies)",
                            written.documentsPerSecond(), written.seconds());
                });
            }

            DataSource eventTable = outturn.bean("eventStoreDataSource", DataSource.class);
            attempt("raw-event-read", () -> {
                Phase read = start("raw-event-read");
                results.rawRead = RawEventRead.readAll(eventTable, null);
                read.stop();
                Phase readJson = start("raw-event-read-deserialized");
                results.rawReadDeserialized = RawEventRead.readAll(eventTable, outturn.bean("eventSerializer", Serializer.class));
                readJson.stop();
                Console.say("raw event read: %.0f events/s (%.0f with deserialization)",
                        results.rawRead.eventsPerSecond(), results.rawReadDeserialized.eventsPerSecond());
            });

            QueryLatency queries = new QueryLatency(outturn.http(), scale);
            for (QueryLatency.Query query : QueryLatency.countyQueries(county, mongo.getDb(), eventTable)) {
                String name = queryPhase(query.name());
                attempt(name, () -> {
                    Phase phase = start(name);
                    QueryLatency.Result result = queries.measure(query);
                    phase.stop();
                    results.queries.add(result);
                    Console.say("%s: p50 %.2f ms, p99 %.2f ms (raw p50 %.2f ms, p99 %.2f ms), %d failures",
                            result.name(), result.outturn().p50Millis(), result.outturn().p99Millis(),
                            result.raw().p50Millis(), result.raw().p99Millis(), result.failures());
                });
            }
        }
    }

    /** Snapshots and the aggregate cache each bound what a long history costs: each alone, then both (the default). */
    private void history() throws Exception {
        int cached = 10_000;
        record Settings(int snapshotThreshold, int cacheEntries) {
        }
        for (Settings run : List.of(new Settings(0, 0), new Settings(scale.snapshotThreshold(), 0),
                new Settings(0, cached), new Settings(scale.snapshotThreshold(), cached))) {
            String name = HistoryLatency.phase(run.snapshotThreshold(), run.cacheEntries());
            try (RunningOutturn outturn = RunningOutturn.start(name, data.resolve(name), store,
                    settings(Map.of("outturn.snapshots.threshold", String.valueOf(run.snapshotThreshold()),
                            "outturn.aggregate-cache.max-entries", String.valueOf(run.cacheEntries()))), undone)) {
                Phase phase = start(name);
                List<HistoryLatency.Result> measured =
                        HistoryLatency.measure(outturn, scale, run.snapshotThreshold(), run.cacheEntries());
                phase.stop();
                results.history.addAll(measured);
                measured.forEach(r -> Console.say("command on a %d-event history, %s: p50 %.2f ms, p99 %.2f ms",
                        r.historyEvents(), r.settings(), r.latency().p50Millis(), r.latency().p99Millis()));
            }
        }
    }

    private boolean selected(String part) {
        return only.isEmpty() || only.contains(part);
    }

    private Map<String, String> settings(Map<String, String> own) {
        Map<String, String> all = new java.util.LinkedHashMap<>(settings);
        all.putAll(own);
        return all;
    }

    private static void stopProjections(RunningOutturn outturn) {
        outturn.bean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
    }

    /** The phase (and profile file) name of a query. */
    static String queryPhase(String query) {
        return "query-" + query.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    static String label(int events) {
        return events % 1_000_000 == 0 ? events / 1_000_000 + "M" : events % 1000 == 0 ? events / 1000 + "k" : String.valueOf(events);
    }

    private interface Step {
        void run() throws Exception;
    }

    private void attempt(String name, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            results.failures.put(name, e.toString());
            Console.say("phase %s failed: %s", name, e);
            e.printStackTrace(System.out);
        }
    }

    private final class Phase {
        private final ResourceMeter meter;
        private final PhaseProfiler profiler;

        Phase(String name) {
            this.meter = ResourceMeter.start(name);
            this.profiler = PhaseProfiler.start(name, profiles, profile);
        }

        void stop() {
            results.resources.add(meter.stop());
            PhaseProfiler.Profile recorded = profiler.stop();
            if (recorded != null) {
                results.profiles.add(recorded);
            }
        }
    }

    private Phase start(String name) {
        Console.say("phase %s", name);
        return new Phase(name);
    }
}
