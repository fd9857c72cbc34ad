package io.outturn.query.config;

import org.springframework.data.mongodb.core.index.IndexDefinition;

import java.util.List;

/**
 * The indexes one read-model collection needs for its queries. Declare one as a bean beside the projection
 * that owns the collection; {@link ReadModelIndexInitializer} ensures them all at start-up, before any event
 * processor runs.
 */
public record ReadModelIndexes(String collection, List<IndexDefinition> indexes) {

    public ReadModelIndexes {
        if (collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("collection is missing");
        }
        indexes = List.copyOf(indexes);
    }

    public static ReadModelIndexes of(String collection, IndexDefinition... indexes) {
        return new ReadModelIndexes(collection, List.of(indexes));
    }
}
