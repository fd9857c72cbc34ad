package io.outturn.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Axon Server from the image {@code docker/compose.yaml} pins, for machines with a Docker engine and without the
 * jar. It listens inside the container on the same free ports it is published on, so that the address it gives
 * its clients is the one they reach it by.
 */
final class AxonServerContainer implements AxonServer {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final String containerId;
    private final int httpPort;
    private final int grpcPort;
    private final Path log;
    private final Runnable cleanUp;

    private AxonServerContainer(String containerId, int httpPort, int grpcPort, Path log) {
        this.containerId = containerId;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
        this.log = log;
        this.cleanUp = () -> docker(Duration.ofMinutes(1), "stop", containerId);
    }

    /** True when a Docker engine answers {@code docker info}. */
    static boolean dockerAvailable() {
        try {
            Process info = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return info.waitFor(30, TimeUnit.SECONDS) && info.exitValue() == 0;
        } catch (IOException noDocker) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static AxonServerContainer start(String image, Path logs) {
        int http = FreePorts.next();
        int grpc = FreePorts.next();
        String id = docker(Duration.ofMinutes(10), "run", "--detach", "--rm",
                "--publish", "127.0.0.1:" + http + ":" + http,
                "--publish", "127.0.0.1:" + grpc + ":" + grpc,
                "--env", "AXONIQ_AXONSERVER_STANDALONE=true",
                "--env", "AXONIQ_AXONSERVER_NAME=axonserver-test",
                "--env", "AXONIQ_AXONSERVER_HOSTNAME=127.0.0.1",
                "--env", "SERVER_PORT=" + http,
                "--env", "AXONIQ_AXONSERVER_PORT=" + grpc,
                image).strip();
        AxonServerContainer server = new AxonServerContainer(id, http, grpc, logs.resolve("axonserver.log"));
        ChildProcesses.onExit(server.cleanUp);
        try {
            Health.awaitUp("Axon Server (" + image + ")", server.httpBase().resolve("actuator/health"), START_LIMIT,
                    server::running, "docker logs " + id);
        } catch (RuntimeException notHealthy) {
            server.close();
            throw notHealthy;
        }
        return server;
    }

    private boolean running() {
        return docker(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Running}}", containerId).contains("true");
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
        return log.toString();
    }

    /** Keeps the container's log beside the other processes' logs, then stops it (it removes itself). */
    @Override
    public void close() {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, docker(Duration.ofMinutes(1), "logs", containerId), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException notKept) {
            // the log is a convenience; stopping the container is what matters
        }
        cleanUp.run();
        ChildProcesses.done(cleanUp);
    }

    private static String docker(Duration limit, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("docker"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
        }
    }
}
