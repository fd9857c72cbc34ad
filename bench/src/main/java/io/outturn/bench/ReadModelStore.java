package io.outturn.bench;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import java.util.Optional;

/**
 * Which MongoDB holds the read models: standalone's embedded one by default, or the real MongoDB named by the
 * {@code MONGODB_URI} environment variable. On a real MongoDB every Outturn the benchmark starts gets a database
 * of its own, dropped first, so that each starts as fresh as an embedded one.
 */
record ReadModelStore(String realUri) {

    static ReadModelStore fromEnvironment() {
        String uri = System.getenv("MONGODB_URI");
        return new ReadModelStore(uri == null || uri.isBlank() ? null : uri.strip());
    }

    boolean embedded() {
        return realUri == null;
    }

    String describe() {
        if (!embedded()) {
            return "MongoDB at " + new ConnectionString(realUri).getHosts();
        }
        return "embedded (mongo-java-server, in-process, memory backend)";
    }

    /** The connection string for one Outturn's read models, or empty to let standalone serve its own. */
    Optional<String> uriFor(String instance) {
        if (embedded()) {
            return Optional.empty();
        }
        String database = "outturn_bench_" + instance.replaceAll("[^A-Za-z0-9]", "_");
        try (MongoClient client = MongoClients.create(realUri)) {
            client.getDatabase(database).drop();
        }
        return Optional.of(withDatabase(realUri, database));
    }

    /** Replaces (or adds) the database path of a {@code mongodb://} or {@code mongodb+srv://} connection string. */
    static String withDatabase(String uri, String database) {
        int schemeEnd = uri.indexOf("://") + 3;
        int query = uri.indexOf('?', schemeEnd);
        String options = query < 0 ? "" : uri.substring(query);
        String beforeOptions = query < 0 ? uri : uri.substring(0, query);
        int slash = beforeOptions.indexOf('/', schemeEnd);
        String hosts = slash < 0 ? beforeOptions : beforeOptions.substring(0, slash);
        return hosts + "/" + database + options;
    }
}
