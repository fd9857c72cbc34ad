package io.outturn.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The run as a Markdown report and as JSON. Every Outturn figure stands beside its raw ceiling, with the ratio
 * read as "share of the ceiling achieved": Outturn's rate over the ceiling's for throughputs, the ceiling's
 * latency over Outturn's for latencies, so 1.00 means as fast as the bare store and less means slower.
 */
final class Report {

    /** One row of the main table, and the phase that measured it. */
    record Figure(String figure, String outturn, String ceiling, Double ratio, String target, Boolean met,
                  String phase) {
    }

    private final Results results;

    Report(Results results) {
        this.results = results;
    }

    List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        results.commands.forEach((clients, load) -> {
            RawAppend.Result raw = ceilingFor(clients);
            boolean targeted = clients == 32;
            Double ratio = raw == null ? null : load.commandsPerSecond() / raw.eventsPerSecond();
            figures.add(new Figure("Commands over HTTP, " + clients + (clients == 1 ? " client" : " clients"),
                    fmt("%,.0f commands/s (p50 %.1f ms, p99 %.1f ms)", load.commandsPerSecond(),
                            load.latency().p50Millis(), load.latency().p99Millis()),
                    raw == null ? "not measured" : fmt("raw durable append, %d %s: %,.0f events/s (p50 %.2f ms)",
                            raw.writers(), raw.writers() == 1 ? "writer" : "writers", raw.eventsPerSecond(), raw.commit().p50Millis()),
                    ratio, targeted ? "≥ 0.50 of the ceiling" : "",
                    targeted && ratio != null ? ratio >= 0.5 : null, "commands-" + clients + "-clients"));
        });
        results.replay.forEach((size, replay) -> {
            RawDocumentWrite.Result upsert = results.rawUpsert.get(size);
            Double upsertEventsPerSecond = upsert == null ? null : replay.events() / upsert.seconds();
            Double ratio = upsertEventsPerSecond == null ? null : replay.eventsPerSecond() / upsertEventsPerSecond;
            String ceiling = upsert == null ? "not measured" : fmt("raw bulk upsert of %s %,d documents: %,.0f events/s (%,.0f documents/s)",
                    upsert.exact() ? "the same" : "as many same-shaped", upsert.documents(), upsertEventsPerSecond,
                    upsert.documentsPerSecond());
            if (results.rawRead != null && size == results.replay.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)) {
                ceiling += fmt("; raw event read: %,.0f events/s", results.rawRead.eventsPerSecond());
            }
            figures.add(new Figure("Replay of all read models from " + fmt("%,d", size) + " events",
                    fmt("%,.0f events/s (%.1f s)", replay.eventsPerSecond(), replay.seconds()), ceiling, ratio,
                    "≥ 0.50 of the upsert ceiling and ≥ 20,000 events/s",
                    ratio == null ? null : ratio >= 0.5 && replay.eventsPerSecond() >= 20_000,
                    "replay-" + Bench.label(size)));
        });
        for (QueryLatency.Result query : results.queries) {
            Optional<Double> limit = queryTarget(query.name());
            figures.add(new Figure("Query: " + query.name(),
                    query.tooSlowToRepeat()
                            ? fmt("one request, %s", query.outturn().count() > 0
                                    ? fmt("%.1f s", query.outturn().p50Millis() / 1000) : "failed")
                            : fmt("p50 %.1f ms, p99 %.1f ms (%d requests%s)", query.outturn().p50Millis(),
                                    query.outturn().p99Millis(), query.outturn().count(),
                                    query.failures() > 0 ? ", " + query.failures() + " failed" : ""),
                    fmt("%s: p50 %.2f ms, p99 %.2f ms%s%s", query.rawName(), query.raw().p50Millis(), query.raw().p99Millis(),
                            query.rawFailures() > 0 ? " (" + query.rawFailures() + " failed)" : "",
                            query.alternative() == null ? "" : fmt("; %s: p50 %.2f ms, p99 %.2f ms", query.alternativeName(),
                                    query.alternative().p50Millis(), query.alternative().p99Millis())),
                    ratio(query.raw().p99Millis(), query.outturn().p99Millis()),
                    limit.map(ms -> fmt("p99 < %.0f ms", ms)).orElse(""),
                    limit.map(ms -> query.failures() == 0 && query.outturn().count() > 0 && query.outturn().p99Millis() < ms)
                            .orElse(null), Bench.queryPhase(query.name())));
            if (query.failures() > 0 && query.outturn().count() == 0) {
                figures.set(figures.size() - 1, failedFigure(figures.get(figures.size() - 1)));
            }
        }
        figures.addAll(distributedFigures());
        RawAppend.Result single = results.rawAppend.get(1);
        for (HistoryLatency.Result history : results.history) {
            Optional<HistoryLatency.Result> shortest = results.history.stream()
                    .filter(h -> h.sameSettings(history))
                    .min((a, b) -> Integer.compare(a.historyEvents(), b.historyEvents()));
            boolean longest = results.history.stream().filter(h -> h.sameSettings(history))
                    .mapToInt(HistoryLatency.Result::historyEvents).max().orElse(0) == history.historyEvents();
            Boolean met = null;
            String target = "";
            if (longest && shortest.isPresent() && shortest.get() != history) {
                target = fmt("p50 ≤ 2 × p50 with %,d events (%.1f ms)", shortest.get().historyEvents(),
                        2 * shortest.get().latency().p50Millis());
                met = history.latency().p50Millis() <= 2 * shortest.get().latency().p50Millis();
            }
            figures.add(new Figure(fmt("Command on a %,d-event history, %s", history.historyEvents(), history.settings()),
                    fmt("p50 %.1f ms, p99 %.1f ms (%d commands%s)", history.latency().p50Millis(), history.latency().p99Millis(),
                            history.latency().count(), history.rejected() > 0 ? ", " + history.rejected() + " rejected" : ""),
                    single == null ? "not measured" : fmt("raw durable append, 1 writer: p50 %.2f ms", single.commit().p50Millis()),
                    single == null ? null : ratio(single.commit().p50Millis(), history.latency().p50Millis()),
                    target, met, history.phase()));
        }
        return figures;
    }

    /**
     * The distributed set-up beside standalone: commands against Axon Server's raw append through the client
     * library at the same concurrency, the replay against reading the whole stream through it; and what checking a
     * cached aggregate's freshness costs per command in either.
     */
    private List<Figure> distributedFigures() {
        List<Figure> figures = new ArrayList<>();
        results.distributedCommands.forEach((clients, load) -> {
            RawAppend.Result raw = ceilingFor(results.distributedRawAppend, clients);
            figures.add(new Figure("Distributed: commands over HTTP, " + clients + (clients == 1 ? " client" : " clients"),
                    fmt("%,.0f commands/s (p50 %.1f ms, p99 %.1f ms)", load.commandsPerSecond(),
                            load.latency().p50Millis(), load.latency().p99Millis()),
                    raw == null ? "not measured" : fmt("Axon Server raw append through the connector, %d %s: %,.0f events/s (p50 %.2f ms)",
                            raw.writers(), raw.writers() == 1 ? "writer" : "writers", raw.eventsPerSecond(), raw.commit().p50Millis()),
                    raw == null ? null : load.commandsPerSecond() / raw.eventsPerSecond(), "", null,
                    "distributed-commands-" + clients + "-clients"));
        });
        ProjectionReplay.Result replay = results.distributedReplay;
        if (replay != null) {
            RawEventRead.Result read = results.distributedRawRead;
            RawAppend.Result append = results.distributedRawAppend.values().stream()
                    .max((a, b) -> Double.compare(a.eventsPerSecond(), b.eventsPerSecond())).orElse(null);
            String ceiling = (read == null ? "raw read not measured" : fmt("Axon Server raw read of the whole stream through the connector: %,.0f events/s",
                    read.eventsPerSecond()))
                    + (append == null ? "" : fmt("; raw append, %d writers: %,.0f events/s", append.writers(), append.eventsPerSecond()));
            figures.add(new Figure(fmt("Distributed: replay of all read models from %,d events", replay.events()),
                    fmt("%,.0f events/s (%.1f s)", replay.eventsPerSecond(), replay.seconds()), ceiling,
                    read == null ? null : replay.eventsPerSecond() / read.eventsPerSecond(), "", null, "distributed-replay"));
        }
        addFreshness(figures, "standalone, H2", results.freshnessStandalone, results.commands);
        addFreshness(figures, "distributed, Axon Server", results.freshnessDistributed, results.distributedCommands);
        return figures;
    }

    /** The check's own time, beside a one-client command's: the share of a command it costs. */
    private static void addFreshness(List<Figure> figures, String where, FreshnessCheck check,
                                     Map<Integer, CommandLoad.Result> commands) {
        if (check == null) {
            return;
        }
        CommandLoad.Result oneClient = commands.get(1);
        figures.add(new Figure("Freshness check of a cached aggregate, " + where,
                fmt("p50 %.3f ms, p99 %.3f ms per command (%,d checks)%s", check.latency().p50Millis(),
                        check.latency().p99Millis(), check.checks(), oneClient == null ? ""
                                : fmt("; %.1f%% of a 1-client command's p50 (%.2f ms)",
                                        100 * check.latency().p50Millis() / oneClient.latency().p50Millis(),
                                        oneClient.latency().p50Millis())),
                "", null, "", null, "commands"));
    }

    /** A query that never answered has no latency to compare: no ratio, and a target it did not meet. */
    private static Figure failedFigure(Figure figure) {
        return new Figure(figure.figure(), "every request failed", figure.ceiling(), null, figure.target(),
                figure.target().isEmpty() ? null : false, figure.phase());
    }

    private static Optional<Double> queryTarget(String name) {
        if (name.equals("status card")) {
            return Optional.of(10.0);
        }
        if (name.startsWith("page of 500")) {
            return Optional.of(100.0);
        }
        if (name.startsWith("status card as of")) {
            return Optional.of(50.0);
        }
        return Optional.empty();
    }

    private RawAppend.Result ceilingFor(int clients) {
        return ceilingFor(results.rawAppend, clients);
    }

    private static RawAppend.Result ceilingFor(Map<Integer, RawAppend.Result> rawAppend, int clients) {
        RawAppend.Result exact = rawAppend.get(clients);
        if (exact != null) {
            return exact;
        }
        return rawAppend.values().stream().filter(r -> r.writers() >= clients).findFirst().orElse(null);
    }

    private static Double ratio(double ceilingMillis, double outturnMillis) {
        return outturnMillis <= 0 ? null : ceilingMillis / outturnMillis;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        MachineInfo m = results.machine;
        md.append("# Outturn benchmark: ").append(results.scale).append(" run of ").append(results.date).append("\n\n");
        md.append(fmt("Machine: %d cores, %,d MB memory; JDK %s (%s); %s; heap %,d MB, GC %s.%n", m.cores(),
                m.memoryMegabytes(), m.jdk(), m.jvm(), m.os(), m.maxHeapMegabytes(), m.gc()));
        md.append("Read models: ").append(results.readModelStore).append(". Event store: H2 file, standalone's URL (WRITE_DELAY=0).\n");
        if (!results.distributedCommands.isEmpty() || results.distributedReplay != null) {
            md.append("Distributed figures: Axon Server SE, a MongoDB wire server (mongo-java-server, in memory), one command side "
                    + "and one query side, each a JVM of its own on this machine; their CPU is not in this process's column.\n");
        }
        md.append(fmt("Whole run: %.0f s.%n", results.totalSeconds));
        if (!results.settings.isEmpty()) {
            md.append("Settings given to every Outturn: `").append(results.settings).append("`.\n");
        }
        if (!results.undone.isEmpty()) {
            md.append("**Fixes undone for this run** (to measure them): ").append(results.undone).append(".\n");
        }
        if (!results.only.isEmpty()) {
            md.append("Parts run: ").append(results.only).append(".\n");
        }
        if (results.notes != null) {
            md.append(results.notes).append('\n');
        }
        md.append('\n');
        md.append("| Figure | Outturn | Ceiling (raw store, same data) | Ratio | Target | Met |\n");
        md.append("|---|---|---|---:|---|:---:|\n");
        for (Figure f : figures()) {
            md.append("| ").append(f.figure()).append(" | ").append(f.outturn()).append(" | ").append(f.ceiling())
                    .append(" | ").append(f.ratio() == null ? "" : fmt("%.2f", f.ratio())).append(" | ").append(f.target())
                    .append(" | ").append(f.met() == null ? "" : f.met() ? "yes" : "**no**").append(" |\n");
        }
        appendMissedTargets(md);
        if (!results.failures.isEmpty()) {
            md.append("\n**Not measured** (a phase failed):\n\n");
            results.failures.forEach((phase, error) -> md.append("- ").append(phase).append(": `").append(error).append("`\n"));
        }
        md.append("\n## Seeding and read models\n\n");
        results.seeding.forEach((size, seed) -> md.append(fmt("- up to %,d events: appended %,d events through the storage engine at %,.0f events/s%n",
                size, seed.events(), seed.eventsPerSecond())));
        results.readModelDocuments.forEach((size, docs) -> md.append(fmt("- after replaying %,d events: %,d read-model documents%n", size, docs)));
        results.replay.forEach((size, replay) -> md.append(fmt("- replay of %,d events, seconds until each projection reached the head: %s%n",
                size, replay.finishedAfterSeconds().entrySet().stream().map(e -> e.getKey() + " " + fmt("%.1f", e.getValue())).toList())));
        if (results.distributedSeeding != null) {
            md.append(fmt("- distributed: seeded %,d events straight into Axon Server at %,.0f events/s%n",
                    results.distributedSeeding.events(), results.distributedSeeding.eventsPerSecond()));
        }
        if (results.distributedReplay != null) {
            md.append(fmt("- distributed replay of %,d events, seconds until each projection reached the head: %s%n",
                    results.distributedReplay.events(), results.distributedReplay.finishedAfterSeconds().entrySet().stream()
                            .map(e -> e.getKey() + " " + fmt("%.1f", e.getValue())).toList()));
        }
        for (CommandLoad.Result load : results.distributedCommands.values()) {
            if (load.rejected() > 0) {
                md.append(fmt("- distributed, %d clients: %d commands rejected, e.g. %s%n", load.clients(), load.rejected(),
                        load.sampleRejections()));
            }
        }
        if (results.rawReadDeserialized != null) {
            md.append(fmt("- raw event read with payload and metadata deserialized by Outturn's serializer: %,.0f events/s%n",
                    results.rawReadDeserialized.eventsPerSecond()));
        }
        for (CommandLoad.Result load : results.commands.values()) {
            if (load.rejected() > 0) {
                md.append(fmt("- %d clients: %d commands rejected, e.g. %s%n", load.clients(), load.rejected(), load.sampleRejections()));
            }
        }
        for (QueryLatency.Result query : results.queries) {
            md.append(fmt("- %s: `GET %s`%s%s%n", query.name(), query.example(),
                    query.sampleFailure() == null ? "" : " (failure: " + query.sampleFailure() + ")",
                    query.sampleRawFailure() == null ? "" : " (raw failure: " + query.sampleRawFailure() + ")"));
        }
        md.append("\n## Resources per phase\n\n");
        md.append("CPU is this process's CPU time over the wall time of all cores; machine CPU is every process's load.\n\n");
        md.append("| Phase | Wall s | Outturn+bench CPU | Machine CPU | GC | CPU seconds by thread | Top layers (CPU samples) |\n");
        md.append("|---|---:|---:|---:|---:|---|---|\n");
        for (ResourceMeter.Use use : results.resources) {
            PhaseProfiler.Profile profile = profileOf(use.phase());
            String threads = String.join("; ", use.cpuSecondsByThreadGroup().entrySet().stream().limit(5)
                    .map(e -> e.getKey() + " " + fmt("%.1f", e.getValue())).toList());
            md.append(fmt("| %s | %.1f | %.0f%% | %.0f%% | %.1f%% | %s | %s |%n", use.phase(), use.wallSeconds(),
                    use.processCpuPercent(), use.systemCpuPercent(), use.gcPercent(), threads,
                    profile == null ? "" : shares(profile.layers(), 4)));
        }
        md.append("\n## Profiles\n\n");
        md.append("Java Flight Recorder, one recording per phase (in `profiles/`): CPU samples every 10 ms, forced writes (fsync), "
                + "monitor waits and lock parks over 5 ms outside idle pools.\n");
        for (PhaseProfiler.Profile p : results.profiles) {
            md.append("\n### ").append(p.phase()).append("\n\n");
            md.append(fmt("- CPU samples: %,d; layers: %s%n", p.cpuSamples(), shares(p.layers(), 8)));
            md.append("- hottest methods (self): ").append(shares(p.methods(), 10)).append('\n');
            md.append("- threads: ").append(shares(p.threads(), 6)).append('\n');
            md.append(fmt("- forced writes: %,d taking %,.0f ms in all%n", p.fileForces(), p.fileForceMillis()));
            md.append(fmt("- blocked on monitors: %,.0f ms %s%n", p.blockedMillis(), shares(p.blockedOn(), 3)));
            md.append(fmt("- parked: %,.0f ms %s%n", p.parkedMillis(), shares(p.parkedAt(), 4)));
        }
        return md.toString();
    }

    /**
     * For every target missed, what the machine was doing while the phase ran: whether both cores were busy
     * (then CPU is the limit, and the layers say whose), or the disk forced writes, or threads mostly waited.
     */
    private void appendMissedTargets(StringBuilder md) {
        List<Figure> missed = figures().stream().filter(f -> Boolean.FALSE.equals(f.met())).toList();
        if (missed.isEmpty()) {
            return;
        }
        md.append("\n## Targets missed, and what saturated\n\n");
        for (Figure figure : missed) {
            ResourceMeter.Use use = results.resources.stream().filter(u -> u.phase().equals(figure.phase()))
                    .findFirst().orElse(null);
            PhaseProfiler.Profile profile = profileOf(figure.phase());
            md.append("- **").append(figure.figure()).append("** (phase `").append(figure.phase()).append("`): ");
            if (use == null) {
                md.append("no resource figures for this phase.\n");
                continue;
            }
            md.append(verdict(use, profile));
            md.append(fmt(" Machine CPU %.0f%%, this process %.0f%%, GC %.1f%%", use.systemCpuPercent(),
                    use.processCpuPercent(), use.gcPercent()));
            if (profile != null) {
                md.append("; CPU by layer: ").append(shares(profile.layers(), 4))
                        .append("; by thread: ").append(shares(profile.threads(), 4));
                md.append(fmt("; forced writes %d (%.0f ms)", profile.fileForces(), profile.fileForceMillis()));
            }
            md.append(".\n");
        }
    }

    private static String verdict(ResourceMeter.Use use, PhaseProfiler.Profile profile) {
        if (use.systemCpuPercent() >= 90) {
            return "CPU saturated: both cores busy, so the limit is the CPU each unit of work takes.";
        }
        if (profile != null && profile.fileForceMillis() > 0.2 * use.wallSeconds() * 1000) {
            return "The disk: forced writes took a fifth of the phase or more.";
        }
        return "Neither CPU nor forced writes saturated: threads mostly waited (locks, parking, one thread at a time).";
    }

    private PhaseProfiler.Profile profileOf(String phase) {
        return results.profiles.stream().filter(p -> p.phase().equals(phase)).findFirst().orElse(null);
    }

    private static String shares(List<PhaseProfiler.Share> shares, int limit) {
        return String.join("; ", shares.stream().limit(limit).map(s -> s.name().replace("|", "/") + " " + fmt("%.0f%%", s.percent())).toList());
    }

    String json() throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", results.date);
        json.put("scale", results.scale);
        json.put("machine", results.machine);
        json.put("readModelStore", results.readModelStore);
        json.put("notes", results.notes);
        json.put("settings", results.settings);
        json.put("only", results.only);
        json.put("undone", results.undone);
        json.put("totalSeconds", results.totalSeconds);
        json.put("figures", figures());
        json.put("rawAppend", results.rawAppend.values());
        json.put("commands", results.commands.values());
        json.put("seeding", results.seeding);
        json.put("replay", results.replay);
        json.put("rawUpsert", results.rawUpsert);
        json.put("readModelDocuments", results.readModelDocuments);
        json.put("rawEventRead", results.rawRead);
        json.put("rawEventReadDeserialized", results.rawReadDeserialized);
        json.put("queries", results.queries);
        json.put("history", results.history);
        json.put("freshnessStandalone", results.freshnessStandalone);
        json.put("freshnessDistributed", results.freshnessDistributed);
        json.put("distributedRawAppend", results.distributedRawAppend.values());
        json.put("distributedCommands", results.distributedCommands.values());
        json.put("distributedSeeding", results.distributedSeeding);
        json.put("distributedReplay", results.distributedReplay);
        json.put("distributedRawRead", results.distributedRawRead);
        json.put("resources", results.resources);
        json.put("profiles", results.profiles);
        json.put("failures", results.failures);
        return new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(json);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
