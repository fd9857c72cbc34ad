package io.outturn.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, filled in phase by phase; rendered by {@link Report}. */
final class Results {

    String date;
    String scale;
    MachineInfo machine;
    String readModelStore;
    String notes;
    Map<String, String> settings = Map.of();
    List<String> only = List.of();
    List<String> undone = List.of();
    double totalSeconds;

    final Map<Integer, RawAppend.Result> rawAppend = new LinkedHashMap<>();
    final Map<Integer, CommandLoad.Result> commands = new LinkedHashMap<>();
    final Map<Integer, EventSeeder.Seeded> seeding = new LinkedHashMap<>();
    final Map<Integer, ProjectionReplay.Result> replay = new LinkedHashMap<>();
    final Map<Integer, RawDocumentWrite.Result> rawUpsert = new LinkedHashMap<>();
    final Map<Integer, Long> readModelDocuments = new LinkedHashMap<>();
    RawEventRead.Result rawRead;
    RawEventRead.Result rawReadDeserialized;
    final List<QueryLatency.Result> queries = new ArrayList<>();
    final List<HistoryLatency.Result> history = new ArrayList<>();
    /** What checking a cached aggregate's freshness costs per command, in standalone (H2) and against Axon Server. */
    FreshnessCheck freshnessStandalone;
    FreshnessCheck freshnessDistributed;
    /** The distributed set-up: a command side and a query side, each a JVM of its own, on Axon Server. */
    final Map<Integer, RawAppend.Result> distributedRawAppend = new LinkedHashMap<>();
    final Map<Integer, CommandLoad.Result> distributedCommands = new LinkedHashMap<>();
    EventSeeder.Seeded distributedSeeding;
    ProjectionReplay.Result distributedReplay;
    RawEventRead.Result distributedRawRead;
    final List<ResourceMeter.Use> resources = new ArrayList<>();
    final List<PhaseProfiler.Profile> profiles = new ArrayList<>();
    final Map<String, String> failures = new LinkedHashMap<>();
}
