package io.outturn.standalone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * What an operator tunes when running standalone.
 *
 * @param dataDir       where the event store ({@code events/}) and the read models ({@code read-models.mv}) live
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

    /** @param port the port to listen on, on 127.0.0.1 only; 0 picks any free port */
    public record EmbeddedMongo(@DefaultValue("0") int port) {
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
