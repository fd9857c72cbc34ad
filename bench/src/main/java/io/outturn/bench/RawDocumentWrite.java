package io.outturn.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ceiling of writing read models: the documents Outturn's projections built (every read-model collection,
 * tracking tokens aside) bulk-upserted straight into the same MongoDB, into a scratch database with the same
 * indexes, as unordered bulk writes of replace-one upserts by {@code _id} in batches of the projections' batch
 * size, by as many writers as there are projections. Only the writes are timed; documents are read into memory,
 * a slice at a time, before each timed slice.
 *
 * <p>Up to {@link #SAMPLE_LIMIT} documents are read back and written as they are. Beyond that, reading a
 * collection back whole would itself be the slowest query of the run (the embedded MongoDB materialises a whole
 * result before answering), so the documents of the previous, smaller read are written again under new
 * {@code _id}s until each collection holds as many as the projections built: the same shapes and sizes, the same
 * number of documents and index entries.
 */
final class RawDocumentWrite {

    /** @param exact whether the very documents were written, rather than same-shaped copies under new ids */
    record Result(long documents, double seconds, double documentsPerSecond, boolean exact) {
    }

    static final int SAMPLE_LIMIT = Integer.getInteger("bench.upsert-sample-limit", 150_000);
    private static final String TRACKING_TOKENS = "tracking_tokens";
    private static final int SLICE = 100_000;

    private final MongoClient client;
    private final String sourceDatabase;
    private final int batchSize;
    private final int writers;
    /** The documents last read back, per collection: what larger runs are made of. */
    private final Map<String, List<RawBsonDocument>> sample = new LinkedHashMap<>();

    RawDocumentWrite(MongoClient client, String sourceDatabase, int batchSize, int writers) {
        this.client = client;
        this.sourceDatabase = sourceDatabase;
        this.batchSize = batchSize;
        this.writers = writers;
    }

    /** Documents per read-model collection, from the collections' own counts (no scan). */
    Map<String, Long> counts() {
        MongoDatabase source = client.getDatabase(sourceDatabase);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String name : source.listCollectionNames()) {
            if (!name.equals(TRACKING_TOKENS) && !name.startsWith("system.")) {
                names.add(name);
            }
        }
        names.sort(null);
        names.forEach(name -> counts.put(name, source.getCollection(name).estimatedDocumentCount()));
        return counts;
    }

    Result writeAll() throws Exception {
        MongoDatabase source = client.getDatabase(sourceDatabase);
        MongoDatabase target = client.getDatabase(sourceDatabase + "_ceiling");
        target.drop();
        Map<String, Long> counts = counts();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        boolean exact = total <= SAMPLE_LIMIT || sample.isEmpty();
        for (String name : counts.keySet()) {
            copyIndexes(source.getCollection(name), target.getCollection(name));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers, r -> new Thread(r, "raw-upsert"));
        long documents = 0;
        long writeNanos = 0;
        try {
            for (Map.Entry<String, Long> collection : counts.entrySet()) {
                String name = collection.getKey();
                MongoCollection<RawBsonDocument> into = target.getCollection(name, RawBsonDocument.class);
                Slices slices = exact ? new ReadBack(source.getCollection(name, RawBsonDocument.class), sample, name)
                        : new Copies(sample.getOrDefault(name, List.of()), collection.getValue());
                for (List<RawBsonDocument> slice = slices.next(); !slice.isEmpty(); slice = slices.next()) {
                    List<List<WriteModel<RawBsonDocument>>> batches = batches(slice);
                    Stopwatch watch = Stopwatch.start();
                    List<Future<?>> writes = new ArrayList<>();
                    for (List<WriteModel<RawBsonDocument>> models : batches) {
                        writes.add(pool.submit(() -> into.bulkWrite(models, new BulkWriteOptions().ordered(false))));
                    }
                    for (Future<?> write : writes) {
                        write.get();
                    }
                    writeNanos += watch.nanos();
                    documents += slice.size();
                }
            }
        } finally {
            pool.shutdownNow();
            target.drop();
        }
        double seconds = writeNanos / 1e9;
        return new Result(documents, seconds, documents / seconds, exact);
    }

    private List<List<WriteModel<RawBsonDocument>>> batches(List<RawBsonDocument> slice) {
        List<List<WriteModel<RawBsonDocument>>> batches = new ArrayList<>();
        List<WriteModel<RawBsonDocument>> batch = new ArrayList<>(batchSize);
        for (RawBsonDocument document : slice) {
            batch.add(new ReplaceOneModel<>(new BsonDocument("_id", document.get("_id")), document,
                    new ReplaceOptions().upsert(true)));
            if (batch.size() == batchSize) {
                batches.add(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private interface Slices {
        /** The next slice of documents to write; empty when done. */
        List<RawBsonDocument> next();
    }

    /** A collection's documents as stored, a slice at a time, remembered as the sample for later runs. */
    private static final class ReadBack implements Slices {
        private final MongoCursor<RawBsonDocument> cursor;
        private final List<RawBsonDocument> remembered = new ArrayList<>();

        ReadBack(MongoCollection<RawBsonDocument> collection, Map<String, List<RawBsonDocument>> sample, String name) {
            this.cursor = collection.find().batchSize(1000).iterator();
            sample.put(name, remembered);
        }

        @Override
        public List<RawBsonDocument> next() {
            List<RawBsonDocument> slice = new ArrayList<>();
            while (slice.size() < SLICE && cursor.hasNext()) {
                slice.add(cursor.next());
            }
            remembered.addAll(slice);
            if (slice.isEmpty()) {
                cursor.close();
            }
            return slice;
        }
    }

    /** Copies of the sample under new ids, round after round, until {@code wanted} documents were written. */
    private static final class Copies implements Slices {
        private final List<RawBsonDocument> sample;
        private final long wanted;
        private long made;

        Copies(List<RawBsonDocument> sample, long wanted) {
            this.sample = sample;
            this.wanted = sample.isEmpty() ? 0 : wanted;
        }

        @Override
        public List<RawBsonDocument> next() {
            List<RawBsonDocument> slice = new ArrayList<>();
            while (slice.size() < SLICE && made < wanted) {
                RawBsonDocument source = sample.get((int) (made % sample.size()));
                BsonDocument copy = new BsonDocument();
                source.forEach(copy::put);
                BsonValue id = source.get("_id");
                String original = id.isString() ? id.asString().getValue() : id.toString();
                copy.put("_id", new BsonString(original + "#" + made / sample.size()));
                slice.add(new RawBsonDocument(copy, new BsonDocumentCodec()));
                made++;
            }
            return slice;
        }
    }

    private static void copyIndexes(MongoCollection<Document> from, MongoCollection<Document> to) {
        for (Document index : from.listIndexes()) {
            String name = index.getString("name");
            if ("_id_".equals(name)) {
                continue;
            }
            IndexOptions options = new IndexOptions().name(name);
            if (Boolean.TRUE.equals(index.getBoolean("unique"))) {
                options.unique(true);
            }
            to.createIndex(index.get("key", Document.class), options);
        }
    }
}
