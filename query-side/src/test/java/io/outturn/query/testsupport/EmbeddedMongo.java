package io.outturn.query.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where integration tests find MongoDB: the server named by the {@code MONGODB_URI} environment variable when
 * it is set, otherwise one in-memory mongo-java-server per test JVM, started on a free port on first use.
 * Each caller of {@link #newDatabase()} gets a database of its own, so test classes never see each other's
 * documents.
 */
public final class EmbeddedMongo {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static MongoServer server;
    private static String connectionString;

    private EmbeddedMongo() {
    }

    /** The server's connection string, without a database. */
    public static synchronized String connectionString() {
        if (connectionString == null) {
            String external = System.getenv("MONGODB_URI");
            if (external != null && !external.isBlank()) {
                connectionString = external;
            } else {
                server = new MongoServer(new MemoryBackend());
                connectionString = server.bindAndGetConnectionString();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-shutdown"));
            }
        }
        return connectionString;
    }

    /** A database name no other test in this JVM (or an earlier run against a real server) uses. */
    public static String newDatabase() {
        return "outturn_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    }

    /** True when tests run against a real MongoDB named by {@code MONGODB_URI}. */
    public static boolean isExternal() {
        connectionString();
        return server == null;
    }
}
