package io.outturn.distributed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** {@link MongoWireServer} as a child process, on a free port. */
public final class MongoProcess implements AutoCloseable {

    private final ChildProcess process;
    private final int port;

    private MongoProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static MongoProcess start(Path workDir, Path logs) {
        int port = FreePorts.next();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                MongoWireServer.class.getName(), String.valueOf(port));
        ChildProcess process = ChildProcess.start("mongo", command, Map.of(), workDir, logs.resolve("mongo.log"));
        await("MongoDB wire server listening (" + process.log() + ")")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    process.requireAlive();
                    return listening(port);
                });
        return new MongoProcess(process, port);
    }

    /** The connection string of database {@code database}. */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        process.stop();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
