package io.outturn.query.scrutiny;

import io.outturn.query.config.ReadModelIndexes;
import io.outturn.query.indicator.ScrutinyFlag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads of {@code scrutiny_flags}, newest first. Filters are literal values compared with {@link Criteria#is}: nothing
 * a client sends becomes an operator.
 */
@Component
class ScrutinyFlags {

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    ScrutinyFlags(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    ScrutinyFlagPage search(ScrutinyFlagSearch search) {
        Query query = queryFor(search);
        long total = mongo.count(query, ScrutinyFlagDocument.COLLECTION);
        query.with(NEWEST_FIRST).skip((long) search.page() * search.size()).limit(search.size());
        List<ScrutinyFlag> flags = mongo.find(query, ScrutinyFlagDocument.class, ScrutinyFlagDocument.COLLECTION)
                .stream().map(ScrutinyFlagDocument::flag).toList();
        return new ScrutinyFlagPage(flags, search.page(), search.size(), total);
    }

    /** Every flag the search matches, pages aside, through a cursor; close the stream to close it. */
    Stream<ScrutinyFlag> streamAll(ScrutinyFlagSearch search) {
        return mongo.stream(queryFor(search).with(NEWEST_FIRST), ScrutinyFlagDocument.class,
                ScrutinyFlagDocument.COLLECTION).map(ScrutinyFlagDocument::flag);
    }

    private static Query queryFor(ScrutinyFlagSearch search) {
        List<Criteria> all = new ArrayList<>();
        if (search.fy() != null) {
            all.add(Criteria.where("fy").is(search.fy().toString()));
        }
        if (search.organisation() != null) {
            all.add(Criteria.where("organisation").is(search.organisation()));
        }
        if (search.kind() != null) {
            all.add(Criteria.where("kind").is(search.kind().name()));
        }
        if (search.scope().restricted()) {
            all.add(Criteria.where("organisation").in(search.scope().organisations()));
        }
        return new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all));
    }

    /** Each filter leads an index that ends in the newest-first order, so a page stops early. */
    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        ReadModelIndexes scrutinyFlagIndexes() {
            return ReadModelIndexes.of(ScrutinyFlagDocument.COLLECTION,
                    new Index().on("raisedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("newest_first"),
                    new Index().on("fy", Sort.Direction.ASC).on("raisedAt", Sort.Direction.DESC)
                            .on("_id", Sort.Direction.DESC).named("by_fy"),
                    new Index().on("organisation", Sort.Direction.ASC).on("fy", Sort.Direction.ASC)
                            .on("raisedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("by_organisation"),
                    new Index().on("kind", Sort.Direction.ASC).on("raisedAt", Sort.Direction.DESC)
                            .on("_id", Sort.Direction.DESC).named("by_kind"));
        }
    }
}
