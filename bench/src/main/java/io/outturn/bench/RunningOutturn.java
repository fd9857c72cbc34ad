package io.outturn.bench;

import io.outturn.standalone.StandaloneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Standalone Outturn started inside the benchmark's JVM, exactly as its own main would start it, on a fresh data
 * folder and any free port, with no demo data. The benchmark drives it over HTTP like any client and reaches
 * into its beans only to seed events and to measure the raw stores beneath it.
 */
final class RunningOutturn implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;
    private final OutturnClient client;

    private RunningOutturn(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.client = new OutturnClient("http://127.0.0.1:" + port);
    }

    /**
     * @param dataDir  a folder of its own: the H2 event store and the embedded MongoDB's file go there
     * @param mongo    where the read models live
     * @param settings further properties, e.g. {@code outturn.snapshots.threshold}
     */
    static RunningOutturn start(String name, Path dataDir, ReadModelStore mongo, Map<String, String> settings,
                                List<UndoneFix> undone) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--outturn.data-dir=" + dataDir.toAbsolutePath(),
                "--outturn.demo-data.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.io.outturn=WARN"));
        mongo.uriFor(name).ifPresent(uri -> args.add("--spring.data.mongodb.uri=" + uri));
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        Stopwatch started = Stopwatch.start();
        undone.forEach(fix -> fix.settings().forEach((key, value) -> args.add("--" + key + "=" + value)));
        SpringApplicationBuilder application = new SpringApplicationBuilder(StandaloneApplication.class);
        if (undone.contains(UndoneFix.PASSWORD_UPGRADE)) {
            application.sources(UndoneFix.PasswordUpgradingUsers.class);
        }
        ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
        RunningOutturn outturn = new RunningOutturn(name, context);
        Console.say("Outturn '%s' started in %.1f s on %s", name, started.seconds(), outturn.client.baseUrl());
        return outturn;
    }

    OutturnClient http() {
        return client;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String beanName, Class<T> type) {
        return context.getBean(beanName, type);
    }

    @Override
    public void close() {
        Stopwatch stopping = Stopwatch.start();
        context.close();
        Console.say("Outturn '%s' stopped in %.1f s", name, stopping.seconds());
    }
}
