package io.outturn.standalone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * What an operator tunes when running standalone.
 *
 * @param dataDir       where the event store ({@code events/}) lives, and the read models ({@code read-models.mv})
 *                      when they are kept in a file
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
     * @param port    the port to listen on, on 127.0.0.1 only; 0 picks any free port
     * @param storage where the embedded MongoDB keeps its databases
     */
    public record EmbeddedMongo(@DefaultValue("0") int port, @DefaultValue("memory") ReadModelStorage storage) {
    }

    /**
     * Where the in-process MongoDB keeps read models and tracking tokens. Both are derived from the events, and
     * the tokens live beside the read models, so either choice converges to what a fresh replay builds.
     */
    public enum ReadModelStorage {
        /**
         * In memory only (the default): every start replays all events into empty read models. Several times
         * quicker to write and to read than the file, and immune to the file's failure past about a million
         * documents (BENCHMARKS.md); the price is that replay at each start.
         */
        MEMORY,
        /** In {@code read-models.mv}: start-up resumes where the projections stopped. */
        FILE
    }

    /** The directory holding the H2 event store files. */
    public Path eventStoreDir() {
        return dataDir.resolve("events");
    }

    /** The MVStore file holding the embedded MongoDB's databases: read models and tracking tokens. */
    public Path readModelFile() {
        return dataDir.resolve("read-models.mv");
    }
}
