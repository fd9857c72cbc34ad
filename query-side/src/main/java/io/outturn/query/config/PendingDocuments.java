package io.outturn.query.config;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents of one collection that a processing batch reads and replaces, keyed by {@code _id}. Reads
 * are served from what the batch has already read or written; writes wait for {@link #flush()}, which sends
 * them as one unordered {@code bulkWrite} of replace-one upserts.
 */
public final class PendingDocuments<D> {

    private final MongoTemplate mongo;
    private final String collection;
    private final Class<D> type;
    private final Map<String, Optional<D>> known = new HashMap<>();
    private final Map<String, D> pending = new LinkedHashMap<>();

    PendingDocuments(MongoTemplate mongo, String collection, Class<D> type) {
        this.mongo = mongo;
        this.collection = collection;
        this.type = type;
    }

    void preload(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().filter(id -> !known.containsKey(id)).toList();
        if (wanted.isEmpty()) {
            return;
        }
        wanted.forEach(id -> known.put(id, Optional.empty()));
        mongo.find(Query.query(Criteria.where("_id").in(wanted)), Document.class, collection)
                .forEach(raw -> known.put(raw.get("_id").toString(), Optional.of(mongo.getConverter().read(type, raw))));
    }

    /** The document as this batch sees it: written earlier in the batch, or as stored. */
    public Optional<D> find(String id) {
        D written = pending.get(id);
        if (written != null) {
            return Optional.of(written);
        }
        return known.computeIfAbsent(id, key -> Optional.ofNullable(mongo.findById(key, type, collection)));
    }

    /** Replaces (or creates) the document when the batch flushes. */
    public void put(String id, D document) {
        pending.put(id, Objects.requireNonNull(document));
        known.put(id, Optional.of(document));
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type, collection);
        pending.forEach((id, document) -> bulk.replaceOne(Query.query(Criteria.where("_id").is(id)), document,
                FindAndReplaceOptions.options().upsert()));
        bulk.execute();
        pending.clear();
    }
}
