package io.outturn.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark command: {@code ./mvnw -Pbench -pl bench -am -DskipTests verify} runs this in a JVM of its own with
 * a fixed heap. System properties: {@code bench.scale} ({@code full}, the default, or {@code smoke}),
 * {@code bench.results} (where {@code <timestamp>/report.md} and {@code report.json} go), {@code bench.profile}
 * ({@code true} by default: a flight recording per phase), {@code bench.keep-data} (keep the data folder),
 * {@code bench.only} (a comma-separated subset of {@code commands,county,history,distributed}), {@code bench.set.<property>}
 * (a property for every Outturn the run starts, to try a tuning) and {@code bench.undo} (fixes to take back, e.g.
 * {@code password-upgrade,handler-timeouts}, to measure what they bought).
 * The environment variable {@code MONGODB_URI} puts the read models in a real MongoDB instead of the embedded one;
 * {@code BENCH_NOTES} adds a line to the report (e.g. what else ran on the machine).
 */
public final class BenchMain {

    /** {@code -Dbench.set.axon.eventhandling.processors.audit-log.batch-size=1000} sets that property on every Outturn. */
    private static final String SETTING_PREFIX = "bench.set.";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.named(System.getProperty("bench.scale", "full"));
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path results = Path.of(System.getProperty("bench.results", "bench/results"))
                .resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started));
        Files.createDirectories(results);
        Path data = Files.createTempDirectory("outturn-bench-");
        boolean profile = Boolean.parseBoolean(System.getProperty("bench.profile", "true"));
        Console.say("Outturn benchmark, %s scale; data in %s, results in %s", scale.name(), data, results);

        List<String> only = System.getProperty("bench.only", "").isBlank() ? List.of()
                : List.of(System.getProperty("bench.only").split(","));
        Map<String, String> settings = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(SETTING_PREFIX))
                .forEach(name -> settings.put(name.substring(SETTING_PREFIX.length()), System.getProperty(name)));
        if (!settings.isEmpty()) {
            Console.say("Outturn settings for this run: %s", settings);
        }
        List<UndoneFix> undone = UndoneFix.parse(System.getProperty("bench.undo"));
        if (!undone.isEmpty()) {
            Console.say("Fixes undone for this run: %s", undone);
        }
        Bench bench = new Bench(scale, data, results.resolve("profiles"), profile, ReadModelStore.fromEnvironment(),
                only, settings, undone);
        Results measured = bench.run(soFar -> {
            describe(soFar, started, settings, only, undone);
            write(soFar, results);
        });
        describe(measured, started, settings, only, undone);
        String markdown = write(measured, results);
        System.out.println();
        System.out.println(markdown);
        Console.say("report written to %s", results.resolve("report.md").toAbsolutePath());
        if (!Boolean.getBoolean("bench.keep-data")) {
            delete(data);
        }
        // Daemon-less pools of the stopped applications (HTTP client selector, Netty) must not keep the JVM alive.
        System.exit(measured.failures.isEmpty() ? 0 : 1);
    }

    private static void describe(Results measured, Instant started, Map<String, String> settings, List<String> only,
                                 List<UndoneFix> undone) {
        measured.date = started.toString();
        measured.notes = System.getenv("BENCH_NOTES");
        measured.settings = settings;
        measured.only = only;
        measured.undone = undone.stream().map(Enum::name).toList();
    }

    /** Writes {@code report.md} and {@code report.json}, over any earlier ones of this run; answers the Markdown. */
    private static String write(Results measured, Path results) {
        Report report = new Report(measured);
        String markdown = report.markdown();
        try {
            Files.writeString(results.resolve("report.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(results.resolve("report.json"), report.json(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the report into " + results, e);
        }
        return markdown;
    }

    private static void delete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
