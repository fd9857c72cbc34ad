package io.outturn.query.scrutiny;

import io.outturn.query.config.ReadModelIndexes;
import io.outturn.query.indicator.TargetProposal;
import io.outturn.values.FinancialYear;
import io.outturn.web.security.OrganisationScope;
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

/** Reads of {@code target_proposals}, oldest first (what waits longest comes first); filters are literal values. */
@Component
class TargetProposals {

    static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("proposedAt"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;

    TargetProposals(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The proposals matching the filters, within the organisations of {@code scope}. */
    TargetProposalPage search(TargetProposal.Status status, FinancialYear fy, String organisation, int page, int size,
                              OrganisationScope scope) {
        List<Criteria> all = new ArrayList<>();
        if (status != null) {
            all.add(Criteria.where("status").is(status.name()));
        }
        if (fy != null) {
            all.add(Criteria.where("fy").is(fy.toString()));
        }
        if (organisation != null) {
            all.add(Criteria.where("organisation").is(organisation));
        }
        if (scope.restricted()) {
            all.add(Criteria.where("organisation").in(scope.organisations()));
        }
        Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all));
        long total = mongo.count(query, TargetProposalDocument.COLLECTION);
        query.with(OLDEST_FIRST).skip((long) page * size).limit(size);
        List<TargetProposal> items = mongo.find(query, TargetProposalDocument.class, TargetProposalDocument.COLLECTION)
                .stream().map(TargetProposalDocument::proposal).toList();
        return new TargetProposalPage(items, page, size, total);
    }

    /** A page of {@code /api/proposals}. */
    record TargetProposalPage(List<TargetProposal> items, int page, int size, long total) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        ReadModelIndexes targetProposalIndexes() {
            return ReadModelIndexes.of(TargetProposalDocument.COLLECTION,
                    new Index().on("status", Sort.Direction.ASC).on("proposedAt", Sort.Direction.ASC)
                            .on("_id", Sort.Direction.ASC).named("by_status"));
        }
    }
}
