package io.outturn.standalone.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.beans.factory.DisposableBean;

import java.net.InetSocketAddress;

/**
 * A MongoDB wire-protocol server in this process, on the loopback interface only, keeping its databases (read
 * models and tracking tokens) in memory: they are derived from the events and rebuilt at every start.
 */
final class EmbeddedMongo implements DisposableBean {

    static final String HOST = "127.0.0.1";
    static final String DATABASE = "outturn";

    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Holds everything in memory and listens on {@code port}; 0 picks any free port. */
    static EmbeddedMongo startInMemory(int port) {
        MongoServer server = new MongoServer(new MemoryBackend());
        try {
            server.bind(HOST, port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new IllegalStateException("cannot serve the embedded MongoDB on " + HOST + ":" + port
                    + " (outturn.embedded-mongo.port)", e);
        }
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedMongo(server, address.getPort());
    }

    int port() {
        return port;
    }

    String storedIn() {
        return "memory (rebuilt from the events at every start)";
    }

    /** The connection string for the application's database on this server. */
    String uri() {
        return "mongodb://" + HOST + ":" + port + "/" + DATABASE;
    }

    /** Stops listening and drops the clients. */
    @Override
    public void destroy() {
        server.shutdownNow();
    }
}
