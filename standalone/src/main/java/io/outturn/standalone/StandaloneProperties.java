package io.outturn.standalone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * What an operator tunes when running standalone.
 *
 * @param dataDir       where the event store ({@code events/}) lives
 * @param demoData      whether the demo business plan is loaded into an empty store at start-up
 * @param embeddedMongo the in-process MongoDB served when no {@code spring.data.mongodb.uri} is configured
 */
@ConfigurationProperties("outturn")
public record StandaloneProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue DemoData demoData,
        @DefaultValue EmbeddedMongo embeddedMongo) {

    /** @param enabled load the demo data into an empty store at start-up */
    public record DemoData(@DefaultValue("true") boolean enabled) {
    }

    /**
     * The in-process MongoDB, which holds read models and tracking tokens in memory: every start replays all
     * events into empty read models. (A file backend was removed: mongo-java-server's H2 MVStore backend fails
     * past about a million documents, an upstream bug; see README.md. For read models that outlive a restart,
     * give standalone a real MongoDB with {@code MONGODB_URI}.)
     *
     * @param port the port to listen on, on 127.0.0.1 only; 0 picks any free port
     */
    public record EmbeddedMongo(@DefaultValue("0") int port) {
    }

    /** The directory holding the H2 event store files. */
    public Path eventStoreDir() {
        return dataDir.resolve("events");
    }
}
