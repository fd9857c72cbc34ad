package io.outturn.query.config;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
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
 *
 * <p>An <em>append-only</em> collection (a log whose documents never change once written) is flushed as one
 * unordered {@code insertMany} instead, which costs the store an insert rather than a lookup and a replacement
 * per document; a document already stored under the same {@code _id} (a redelivered event) is kept as it is,
 * and its duplicate-key error ignored, so the write stays idempotent.
 */
public final class PendingDocuments<D> {

    /** MongoDB's code for a write that would duplicate a unique key. */
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final String collection;
    private final Class<D> type;
    private final boolean appendOnly;
    private final Map<String, Optional<D>> known = new HashMap<>();
    private final Map<String, D> pending = new LinkedHashMap<>();
    private final Map<String, Document> prepared = new LinkedHashMap<>();

    PendingDocuments(MongoTemplate mongo, String collection, Class<D> type) {
        this(mongo, collection, type, false);
    }

    PendingDocuments(MongoTemplate mongo, String collection, Class<D> type, boolean appendOnly) {
        this.mongo = mongo;
        this.collection = collection;
        this.type = type;
        this.appendOnly = appendOnly;
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

    /** Converts and writes every pending document; see {@link #prepare()} and {@link #write()}. */
    void flush() {
        prepare();
        write();
    }

    /**
     * Converts every pending document into what will be sent, so that a document the store cannot take (a number
     * beyond Decimal128, say) fails its batch before any collection has been written.
     */
    void prepare() {
        prepared.clear();
        pending.forEach((id, document) -> {
            Document stored = document instanceof Document raw ? raw : toDocument(document);
            if (appendOnly) {
                stored.put("_id", id);
            }
            prepared.put(id, stored);
        });
    }

    /** Writes what {@link #prepare()} converted, in one round trip; a no-op when nothing is pending. */
    void write() {
        if (prepared.isEmpty()) {
            pending.clear();
            return;
        }
        if (appendOnly) {
            insertAll(List.copyOf(prepared.values()));
        } else {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type, collection);
            prepared.forEach((id, document) -> bulk.replaceOne(Query.query(Criteria.where("_id").is(id)), document,
                    FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        }
        prepared.clear();
        pending.clear();
    }

    /**
     * Forgets what this batch has put and what it knew, as if it had read nothing: the next read goes to the
     * store, which holds everything written so far.
     */
    void forget() {
        pending.clear();
        prepared.clear();
        known.clear();
    }

    private void insertAll(List<Document> documents) {
        try {
            mongo.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyRedelivered = e.getWriteConcernError() == null
                    && e.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY);
            if (!onlyRedelivered) {
                throw e;
            }
        }
    }

    private Document toDocument(D document) {
        Document converted = new Document();
        mongo.getConverter().write(document, converted);
        return converted;
    }
}
