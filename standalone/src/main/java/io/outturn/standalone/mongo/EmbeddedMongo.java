package io.outturn.standalone.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.beans.factory.DisposableBean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server in this process, on the loopback interface only, keeping its databases (read
 * models and tracking tokens) either in one H2 MVStore file, so that they survive a restart, or in memory.
 */
final class EmbeddedMongo implements DisposableBean {

    static final String HOST = "127.0.0.1";
    static final String DATABASE = "outturn";

    private final MongoServer server;
    private final Path file;
    private final int port;

    private EmbeddedMongo(MongoServer server, Path file, int port) {
        this.server = server;
        this.file = file;
        this.port = port;
    }

    /** Opens (or creates) the file and listens on {@code port}; 0 picks any free port. */
    static EmbeddedMongo start(Path file, int port) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory for " + absolute, e);
        }
        return serve(new H2Backend(absolute.toString()), absolute, port);
    }

    /** Holds everything in memory and listens on {@code port}; 0 picks any free port. */
    static EmbeddedMongo startInMemory(int port) {
        return serve(new MemoryBackend(), null, port);
    }

    private static EmbeddedMongo serve(MongoBackend backend, Path file, int port) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new IllegalStateException("cannot serve the embedded MongoDB on " + HOST + ":" + port
                    + " (outturn.embedded-mongo.port)", e);
        }
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedMongo(server, file, address.getPort());
    }

    int port() {
        return port;
    }

    /** Where the databases are stored, or {@code null} when they are held in memory. */
    Path file() {
        return file;
    }

    String storedIn() {
        return file == null ? "memory (rebuilt from the events at every start)" : file.toString();
    }

    /** The connection string for the application's database on this server. */
    String uri() {
        return "mongodb://" + HOST + ":" + port + "/" + DATABASE;
    }

    /** Stops listening, drops the clients and closes the MVStore, which writes what is still pending. */
    @Override
    public void destroy() {
        server.shutdownNow();
    }
}
