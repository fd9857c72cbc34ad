package io.outturn.standalone.mongo;

import org.springframework.core.env.Environment;

/**
 * Where the read side's MongoDB is. A non-blank {@code spring.data.mongodb.uri} (standalone's
 * {@code application.yml} fills it from the {@code MONGODB_URI} environment variable) names a real MongoDB and
 * nothing is started; otherwise this process serves one itself.
 *
 * @param configuredUri the configured connection string, or null when none is configured
 */
record MongoPlacement(String configuredUri) {

    static final String URI_PROPERTY = "spring.data.mongodb.uri";

    static MongoPlacement of(Environment environment) {
        String uri = environment.getProperty(URI_PROPERTY);
        return new MongoPlacement(uri == null || uri.isBlank() ? null : uri.strip());
    }

    boolean embedded() {
        return configuredUri == null;
    }
}
