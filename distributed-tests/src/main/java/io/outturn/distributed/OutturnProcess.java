package io.outturn.distributed;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One command side or query side, started as its container would start it ({@code java -jar} of the module's
 * runnable jar, with the environment compose gives the service), on a port of its own on the loopback interface.
 */
public final class OutturnProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final String name;
    private final Side side;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Path logs;
    private final int port;
    private int starts;
    private ChildProcess process;

    OutturnProcess(String name, Side side, Path jar, Map<String, String> environment, Path workDir, Path logs) {
        this.name = name;
        this.side = side;
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.workDir = workDir;
        this.logs = logs;
        this.port = Integer.parseInt(environment.get("SERVER_PORT"));
    }

    /** Starts the process (again, after a stop or a kill, on the same port and with the same environment). */
    public OutturnProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        starts++;
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString());
        process = ChildProcess.start(name, command, environment, workDir,
                logs.resolve(name + (starts == 1 ? "" : "-" + starts) + ".log"));
        return this;
    }

    /** Waits until the health endpoint says UP (for a command side: connected to Axon Server). */
    public OutturnProcess awaitHealthy() {
        ChildProcess running = process;
        Health.awaitUp(name, baseUri().resolve("actuator/health"), START_LIMIT, running::isAlive, running.log().toString());
        return this;
    }

    public String name() {
        return name;
    }

    public Side side() {
        return side;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public Path log() {
        return process.log();
    }

    public long pid() {
        return process.pid();
    }

    /** An orderly shutdown (SIGTERM), as {@code docker stop} does. */
    public void stop() {
        if (process != null) {
            process.stop();
        }
    }

    /** {@code kill -9}. */
    public void killDashNine() {
        process.killDashNine();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " on " + baseUri() + (process == null ? "" : " (" + process + ")");
    }
}
