package io.outturn.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One process of the distributed set-up, its output in a log file. Every child is registered with
 * {@link ChildProcesses}, so that it is stopped however the JVM that started it ends.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code command} in {@code workingDirectory} with exactly {@code environment} (nothing inherited but
     * {@code PATH} and {@code HOME}), its standard output and error appended to {@code log}.
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                     Path workingDirectory, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(workingDirectory);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> inherited = Map.copyOf(builder.environment());
            builder.environment().clear();
            for (String kept : List.of("PATH", "HOME")) {
                if (inherited.containsKey(kept)) {
                    builder.environment().put(kept, inherited.get(kept));
                }
            }
            builder.environment().putAll(environment);
            ChildProcess child = new ChildProcess(name, builder.start(), log);
            ChildProcesses.register(child);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + command + ")", e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Fails with the log's whereabouts if the process has ended. */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** SIGTERM, as an orderly shutdown; SIGKILL if it has not ended within a minute. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                killDashNine();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killDashNine();
        }
        ChildProcesses.forget(this);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed or released. */
    public void killDashNine() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            if (!process.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") still runs after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ChildProcesses.forget(this);
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", log " + log + ")";
    }
}
