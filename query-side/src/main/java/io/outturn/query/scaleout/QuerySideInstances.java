package io.outturn.query.scaleout;

import io.outturn.query.config.QuerySideInstance;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.util.HashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The query-side instances sharing one read-model database, and so one token store: each keeps a heartbeat
 * document in {@code query_side_instances}. The token store alone cannot tell, because an instance that has just
 * started holds no segment yet, so nothing there says it exists.
 */
final class QuerySideInstances {

    static final String COLLECTION = "query_side_instances";

    private final MongoTemplate mongo;
    private final QuerySideInstance self;
    private final Liveness liveness;
    private long beats;

    QuerySideInstances(MongoTemplate mongo, QuerySideInstance self) {
        this.mongo = mongo;
        this.self = self;
        this.liveness = new Liveness(self.id());
    }

    /** Beats once for this instance and answers how many instances are alive, this one included. */
    int beatAndCount() {
        beats++;
        mongo.upsert(query(where("_id").is(self.id())), Update.update("beats", beats), COLLECTION);
        Map<String, Long> heartbeats = new HashMap<>();
        mongo.findAll(Document.class, COLLECTION)
                .forEach(heartbeat -> heartbeats.put(heartbeat.getString("_id"), heartbeat.get("beats", Number.class).longValue()));
        Liveness.Verdict verdict = liveness.observe(heartbeats);
        verdict.forgotten().forEach(gone -> mongo.remove(query(where("_id").is(gone)), COLLECTION));
        return verdict.alive().size();
    }

    /** This instance is stopping: the others need not wait for its heartbeat to fall silent. */
    void leave() {
        mongo.remove(query(where("_id").is(self.id())), COLLECTION);
    }
}
