package io.outturn.distributed;

import io.outturn.web.testsupport.ComposeService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distributed set-up on one machine: Axon Server, a MongoDB wire server and any number of command sides and
 * query sides, each a process of its own. Every side gets the environment {@code docker/compose.yaml} gives its
 * service, with the operator's variables (passwords, {@code AXON_AXONSERVER_SERVERS}, {@code MONGODB_URI},
 * {@code OUTTURN_JAVA_OPTIONS}) filled in for this machine, and {@code SERVER_PORT} (which the image sets) a free
 * port. Closing it stops every process it started.
 */
public final class DistributedOutturn implements AutoCloseable {

    /** The users compose creates, each with the password the operator gives it here. */
    public static final Map<String, String> PASSWORDS = Map.of(
            "manager", "manager-distributed",
            "auditor", "auditor-distributed",
            "viewer", "viewer-distributed",
            "admin", "admin-distributed");

    private final Prerequisites prerequisites;
    private final Path workDir;
    private final Path logs;
    private final String javaOptions;
    private final AxonServer axonServer;
    private final MongoProcess mongo;
    private final List<OutturnProcess> sides = new ArrayList<>();

    private DistributedOutturn(Prerequisites prerequisites, Path workDir, Path logs, String javaOptions,
                               AxonServer axonServer, MongoProcess mongo) {
        this.prerequisites = prerequisites;
        this.workDir = workDir;
        this.logs = logs;
        this.javaOptions = javaOptions;
        this.axonServer = axonServer;
        this.mongo = mongo;
    }

    /**
     * Starts Axon Server and MongoDB; the sides are added with {@link #commandSide} and {@link #querySide}.
     * {@code javaOptions} are each side's JVM options ({@code OUTTURN_JAVA_OPTIONS}, e.g. its heap).
     */
    public static DistributedOutturn start(Prerequisites prerequisites, Path workDir, Path logs, String javaOptions) {
        AxonServer axonServer = prerequisites.startAxonServer(workDir.resolve("axonserver"), logs, "384m");
        try {
            MongoProcess mongo = MongoProcess.start(workDir.resolve("mongo"), logs);
            return new DistributedOutturn(prerequisites, workDir, logs, javaOptions, axonServer, mongo);
        } catch (RuntimeException failed) {
            axonServer.close();
            throw failed;
        }
    }

    /** A command side, not yet started. */
    public OutturnProcess commandSide(String name) {
        return side(name, Side.COMMAND_SIDE);
    }

    /** A query side, not yet started. */
    public OutturnProcess querySide(String name) {
        return side(name, Side.QUERY_SIDE);
    }

    public AxonServer axonServer() {
        return axonServer;
    }

    /** The read models' database, as the query sides are given it. */
    public String mongoUri() {
        return mongo.uri("outturn");
    }

    public Path logs() {
        return logs;
    }

    /** A file of the repository the set-up was built from, e.g. demo data to import. */
    public Path repositoryFile(String relative) {
        return prerequisites.repository().resolve(relative);
    }

    /** The environment of {@code side}: compose's, resolved against this machine's operator variables. */
    public Map<String, String> environment(Side side) {
        Map<String, String> operator = new HashMap<>();
        PASSWORDS.forEach((user, password) -> operator.put("OUTTURN_" + user.toUpperCase() + "_PASSWORD", password));
        operator.put("AXON_AXONSERVER_SERVERS", axonServer.grpcAddress());
        operator.put("MONGODB_URI", mongoUri());
        operator.put("OUTTURN_JAVA_OPTIONS", javaOptions);
        try {
            Map<String, String> environment = new LinkedHashMap<>();
            ComposeService.environment(side.service(), operator)
                    .forEach((name, value) -> environment.put(name, String.valueOf(value)));
            environment.put("SERVER_PORT", String.valueOf(FreePorts.next()));
            return environment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read docker/compose.yaml", e);
        }
    }

    private OutturnProcess side(String name, Side side) {
        OutturnProcess process = new OutturnProcess(name, side, prerequisites.jar(side), environment(side),
                workDir.resolve(name), logs);
        synchronized (sides) {
            sides.add(process);
        }
        return process;
    }

    /** Stops every side (in parallel, as an orderly shutdown), then MongoDB and Axon Server. */
    @Override
    public void close() {
        List<OutturnProcess> started;
        synchronized (sides) {
            started = List.copyOf(sides);
        }
        started.parallelStream().forEach(OutturnProcess::stop);
        try {
            mongo.close();
        } finally {
            axonServer.close();
        }
    }
}
