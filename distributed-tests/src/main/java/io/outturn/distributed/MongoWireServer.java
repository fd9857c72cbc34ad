package io.outturn.distributed;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;

/**
 * The read models' MongoDB for the distributed set-up: mongo-java-server, in memory, on {@code 127.0.0.1} and the
 * port given as the only argument, in a process of its own. It runs until its standard input closes, which
 * happens when the process that started it ends, however it ends.
 */
public final class MongoWireServer {

    static final String READY = "mongo wire server ready";

    private MongoWireServer() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        System.out.println(READY + " on 127.0.0.1:" + port);
        System.out.flush();
        try {
            while (System.in.read() != -1) {
                // nothing is ever sent; end of input is the signal to stop
            }
        } finally {
            server.shutdownNow();
        }
    }
}
