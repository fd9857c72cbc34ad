package io.outturn.query.indicator;

import io.outturn.query.config.ReadModelIndexes;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads of the {@code kpi_status} collection. Filters are literal values, never operators built from input. */
@Component
class KpiStatusReadModel {

    private static final Sort LIST_ORDER = Sort.by("indicatorId", "fy");

    private final MongoTemplate mongo;

    KpiStatusReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<KpiStatusView> card(IndicatorId indicatorId, FinancialYear fy) {
        return Optional.ofNullable(mongo.findById(KpiStatusDocument.idOf(indicatorId, fy), KpiStatusDocument.class,
                KpiStatusDocument.COLLECTION)).map(KpiStatusDocument::card);
    }

    KpiStatusPage page(KpiStatusFilter filter, int page, int size) {
        Query matching = Query.query(criteria(filter));
        long total = mongo.count(matching, KpiStatusDocument.COLLECTION);
        List<KpiStatusView> items = mongo.find(Query.query(criteria(filter)).with(LIST_ORDER)
                        .skip((long) page * size).limit(size), KpiStatusDocument.class, KpiStatusDocument.COLLECTION)
                .stream().map(KpiStatusDocument::card).toList();
        return new KpiStatusPage(items, page, size, total, null);
    }

    /**
     * The indicators with a card (in {@code fy}, of {@code organisation}; either null for any), in the list's order.
     * Only ids are read, not the cards.
     */
    List<IndicatorId> indicatorsWithCards(FinancialYear fy, String organisation) {
        Query matching = Query.query(criteria(new KpiStatusFilter(fy, organisation, null, null)));
        List<IndicatorId> ids = new ArrayList<>();
        mongo.getCollection(KpiStatusDocument.COLLECTION)
                .distinct("indicatorId", matching.getQueryObject(), String.class)
                .forEach(id -> ids.add(IndicatorId.of(id)));
        ids.sort(Comparator.comparing(IndicatorId::value));
        return ids;
    }

    /** Every card of one financial year, or of all years when {@code fy} is null. */
    List<KpiStatusView> cardsOf(FinancialYear fy) {
        return mongo.find(Query.query(criteria(new KpiStatusFilter(fy, null, null, null))).with(LIST_ORDER),
                KpiStatusDocument.class, KpiStatusDocument.COLLECTION).stream().map(KpiStatusDocument::card).toList();
    }

    private static Criteria criteria(KpiStatusFilter filter) {
        List<Criteria> all = new ArrayList<>();
        if (filter.fy() != null) {
            all.add(Criteria.where("fy").is(filter.fy().toString()));
        }
        if (filter.organisation() != null) {
            all.add(Criteria.where("organisation").is(filter.organisation()));
        }
        if (filter.serviceGroup() != null) {
            all.add(Criteria.where("serviceGroup").is(filter.serviceGroup()));
        }
        if (filter.rag() != null) {
            all.add(Criteria.where("rag").is(filter.rag().name()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /** What the list filters and the year-on-year join need; the card itself is found by {@code _id}. */
    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        ReadModelIndexes kpiStatusIndexes() {
            return ReadModelIndexes.of(KpiStatusDocument.COLLECTION,
                    new Index().on("indicatorId", Sort.Direction.ASC).on("fy", Sort.Direction.ASC).named("by_indicator"),
                    new Index().on("fy", Sort.Direction.ASC).on("rag", Sort.Direction.ASC)
                            .on("indicatorId", Sort.Direction.ASC).named("by_fy_rag"),
                    new Index().on("organisation", Sort.Direction.ASC).on("fy", Sort.Direction.ASC)
                            .on("indicatorId", Sort.Direction.ASC).named("by_organisation_fy"),
                    new Index().on("serviceGroup", Sort.Direction.ASC).on("fy", Sort.Direction.ASC)
                            .on("indicatorId", Sort.Direction.ASC).named("by_service_group_fy"));
        }
    }
}
