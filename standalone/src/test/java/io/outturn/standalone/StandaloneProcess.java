package io.outturn.standalone;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Standalone Outturn as a child JVM, started exactly as {@code java -cp ... StandaloneApplication} would be,
 * with its output in a log file. {@link #killDashNine()} sends SIGKILL: no shutdown hook, no flush, no close.
 */
final class StandaloneProcess implements AutoCloseable {

    static final String MAIN_CLASS = "io.outturn.standalone.StandaloneApplication";

    private final Process process;
    private final int port;
    private final Path log;

    private StandaloneProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static StandaloneProcess start(Path dataDir, Path log, String... extraArguments) throws IOException {
        int port = freePort();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
                "-cp", System.getProperty("java.class.path"),
                MAIN_CLASS,
                "--server.port=" + port,
                "--outturn.data-dir=" + dataDir.toAbsolutePath(),
                "--outturn.demo-data.enabled=false"));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        return new StandaloneProcess(process, port, log);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    Path log() {
        return log;
    }

    /** Waits, within {@code limit}, until the health endpoint says UP; fails at once if the process dies. */
    void awaitHealthy(HttpClient http, Duration limit) {
        HttpRequest health = HttpRequest.newBuilder(baseUri().resolve("actuator/health"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        await("standalone healthy (log: " + log + ")")
                .atMost(limit)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("standalone exited with " + process.exitValue() + "; see " + log);
                    }
                    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() == 200 && response.body().contains("\"UP\"");
                });
    }

    /** SIGKILL, as {@code kill -9}: the process gets no chance to flush or close anything. */
    void killDashNine() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("standalone did not die after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killDashNine();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
