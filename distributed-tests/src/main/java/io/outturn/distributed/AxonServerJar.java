package io.outturn.distributed;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Axon Server SE run from the jar in {@code <repository>/../shared/tools/axonserver}, with the options of that
 * folder's {@code start} script (loopback only, a data folder of its own, standalone), on free ports.
 */
final class AxonServerJar implements AxonServer {

    static final String JAR = "axonserver.jar";
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final ChildProcess process;
    private final int httpPort;
    private final int grpcPort;

    private AxonServerJar(ChildProcess process, int httpPort, int grpcPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
    }

    static boolean isIn(Path home) {
        return Files.isRegularFile(home.resolve(JAR));
    }

    static AxonServerJar start(Path home, Path dataDir, Path logs, String heap) {
        int http = FreePorts.next();
        int grpc = FreePorts.next();
        int internal = FreePorts.next();
        Path data = dataDir.toAbsolutePath();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC",
                "-jar", home.resolve(JAR).toAbsolutePath().toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + http,
                "--axoniq.axonserver.port=" + grpc,
                "--axoniq.axonserver.internal-port=" + internal,
                "--axoniq.axonserver.hostname=127.0.0.1",
                "--axoniq.axonserver.name=axonserver-test",
                "--axoniq.axonserver.standalone=true",
                "--axoniq.axonserver.event.storage=" + data.resolve("events"),
                "--axoniq.axonserver.snapshot.storage=" + data.resolve("events"),
                "--axoniq.axonserver.controldb-path=" + data.resolve("control"),
                "--axoniq.axonserver.pid-file-location=" + data.resolve("control"));
        // Axon Server creates plugins/ in its working directory: keep that inside its data folder.
        ChildProcess process = ChildProcess.start("axonserver", command, Map.of(), data, logs.resolve("axonserver.log"));
        AxonServerJar server = new AxonServerJar(process, http, grpc);
        try {
            Health.awaitUp("Axon Server", server.httpBase().resolve("actuator/health"), START_LIMIT,
                    process::isAlive, process.log().toString());
        } catch (RuntimeException notHealthy) {
            process.killDashNine();
            throw notHealthy;
        }
        return server;
    }

    @Override
    public String grpcAddress() {
        return "127.0.0.1:" + grpcPort;
    }

    @Override
    public int grpcPort() {
        return grpcPort;
    }

    @Override
    public URI httpBase() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    @Override
    public String log() {
        return process.log().toString();
    }

    @Override
    public void close() {
        process.stop();
    }
}
