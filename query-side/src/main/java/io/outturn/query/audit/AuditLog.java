package io.outturn.query.audit;

import io.outturn.query.config.ReadModelIndexes;
import io.outturn.web.security.OrganisationScope;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import static io.outturn.query.audit.AuditEntry.ACTOR;
import static io.outturn.query.audit.AuditEntry.AGGREGATE_ID;
import static io.outturn.query.audit.AuditEntry.COLLECTION;
import static io.outturn.query.audit.AuditEntry.PAYLOAD;
import static io.outturn.query.audit.AuditEntry.REASON_CODE;
import static io.outturn.query.audit.AuditEntry.RECORDED_AT;
import static io.outturn.query.audit.AuditEntry.RECORDED_AT_NANO;
import static io.outturn.query.audit.AuditEntry.SEQUENCE;
import static io.outturn.query.audit.AuditEntry.TYPE;

/**
 * The {@code audit_log} collection, which answers audit searches across aggregates. Every filter taken from a
 * request is compared as a literal value ({@link Criteria#is}); nothing a client sends becomes an operator, a
 * regular expression or a field name.
 */
@Component
class AuditLog {

    static final Sort NEWEST_FIRST = Sort.by(
            Sort.Order.desc(RECORDED_AT), Sort.Order.desc(RECORDED_AT_NANO),
            Sort.Order.desc(AGGREGATE_ID), Sort.Order.desc(SEQUENCE), Sort.Order.desc(AuditEntry.ID));

    /**
     * Who did what, when, across aggregates (a search for one aggregate, and every history, is read from the event
     * store by its own key: see {@link AuditTrail}). Each index ends with the whole newest-first order, so that a
     * real MongoDB walks it backwards and stops after a page instead of sorting every matching entry in memory,
     * which past 100 MB it refuses to do. A search by actor, by type or by reason code leads with that field; time
     * bounds narrow the order itself. (New names: an index of an earlier release with the old name and fewer keys stays.)
     */
    static final ReadModelIndexes INDEXES = ReadModelIndexes.of(COLLECTION,
            newestFirst(new Index()).named("newest_first"),
            newestFirst(new Index().on(ACTOR, Sort.Direction.ASC)).named("actor_newest_first"),
            newestFirst(new Index().on(TYPE, Sort.Direction.ASC)).named("type_newest_first"),
            newestFirst(new Index().on(REASON_CODE, Sort.Direction.ASC)).named("reasonCode_newest_first"));

    private static Index newestFirst(Index index) {
        NEWEST_FIRST.forEach(order -> index.on(order.getProperty(), Sort.Direction.ASC));
        return index;
    }

    /** Entries fetched per round trip while an export reads the log. */
    static final int CURSOR_BATCH = 500;

    private final MongoTemplate mongo;

    AuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void clear() {
        mongo.getCollection(COLLECTION).deleteMany(new Document());
    }

    AuditSearchResult search(AuditSearch search) {
        Query query = queryFor(search);
        long total = mongo.count(query, COLLECTION);
        query.with(NEWEST_FIRST).skip((long) search.page() * search.size()).limit(search.size());
        List<AuditEntry> entries = mongo.find(query, Document.class, COLLECTION).stream()
                .map(AuditEntry::fromDocument)
                .toList();
        return new AuditSearchResult(entries, total);
    }

    /**
     * Every entry the search matches, newest first, pages aside, read through a cursor {@link #CURSOR_BATCH} entries at
     * a time: an export of the whole log never has it all in memory. Close the stream to close the cursor.
     */
    Stream<AuditEntry> streamAll(AuditSearch search) {
        Query query = queryFor(search).with(NEWEST_FIRST).cursorBatchSize(CURSOR_BATCH);
        return mongo.stream(query, Document.class, COLLECTION).map(AuditEntry::fromDocument);
    }

    private Query queryFor(AuditSearch search) {
        List<Criteria> all = new ArrayList<>();
        literal(all, AGGREGATE_ID, search.aggregateId());
        literal(all, ACTOR, search.actor());
        literal(all, TYPE, search.type());
        literal(all, REASON_CODE, search.reasonCode() == null ? null : search.reasonCode().name());
        if (search.from() != null) {
            all.add(atOrAfter(search.from()));
        }
        if (search.to() != null) {
            all.add(atOrBefore(search.to()));
        }
        if (search.scope().restricted()) {
            all.add(Criteria.where(AGGREGATE_ID).in(aggregatesOf(search.scope())));
        }
        return new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all));
    }

    /**
     * The aggregates of the scope's organisations: those whose first event (a definition, a creation, which alone
     * name the organisation) names one of them.
     */
    private List<String> aggregatesOf(OrganisationScope scope) {
        Query created = new Query(new Criteria().andOperator(Criteria.where(SEQUENCE).is(0L),
                Criteria.where(PAYLOAD + ".organisation").in(scope.organisations())));
        return mongo.findDistinct(created, AGGREGATE_ID, COLLECTION, String.class);
    }

    private static void literal(List<Criteria> criteria, String field, String value) {
        if (value != null && !value.isEmpty()) {
            criteria.add(Criteria.where(field).is(value));
        }
    }

    /** Recorded at or after {@code moment}, to the nanosecond: BSON dates hold milliseconds, the rest is beside them. */
    private static Criteria atOrAfter(Instant moment) {
        Date millisecond = Date.from(moment);
        return new Criteria().orOperator(
                Criteria.where(RECORDED_AT).gt(millisecond),
                new Criteria().andOperator(Criteria.where(RECORDED_AT).is(millisecond),
                        Criteria.where(RECORDED_AT_NANO).gte(moment.getNano())));
    }

    /** Recorded at or before {@code moment}, to the nanosecond. */
    private static Criteria atOrBefore(Instant moment) {
        Date millisecond = Date.from(moment);
        return new Criteria().orOperator(
                Criteria.where(RECORDED_AT).lt(millisecond),
                new Criteria().andOperator(Criteria.where(RECORDED_AT).is(millisecond),
                        Criteria.where(RECORDED_AT_NANO).lte(moment.getNano())));
    }
}
