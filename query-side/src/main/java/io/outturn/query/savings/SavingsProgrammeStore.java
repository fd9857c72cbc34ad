package io.outturn.query.savings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import io.outturn.values.ProgrammeId;
import io.outturn.web.security.OrganisationScope;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and writes the {@code savings_programme} collection. Only ids and paging numbers reach a query. */
@Component
class SavingsProgrammeStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoTemplate mongo;

    SavingsProgrammeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<SavingsProgrammeState> find(ProgrammeId id) {
        Document document = collection().find(Filters.eq(SavingsProgrammeDocument.ID, id.value())).first();
        return Optional.ofNullable(document).map(SavingsProgrammeDocument::toState);
    }

    /** Replaces (or inserts) every given programme's document in one bulk write. */
    void saveAll(Collection<SavingsProgrammeState> states) {
        if (states.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(states.size());
        for (SavingsProgrammeState state : states) {
            writes.add(new ReplaceOneModel<>(Filters.eq(SavingsProgrammeDocument.ID, state.id().value()),
                    SavingsProgrammeDocument.toDocument(state), UPSERT));
        }
        collection().bulkWrite(writes);
    }

    /** A page of the programmes of {@code scope}'s organisations, by id. */
    SavingsProgrammePage page(int page, int size, OrganisationScope scope) {
        Bson ofScope = scope.restricted()
                ? Filters.in(SavingsProgrammeDocument.ORGANISATION, scope.organisations()) : new Document();
        long total = collection().countDocuments(ofScope);
        List<SavingsProgrammeSummary> items = new ArrayList<>();
        collection().find(ofScope)
                .projection(Projections.include(SavingsProgrammeDocument.TITLE, SavingsProgrammeDocument.ORGANISATION,
                        SavingsProgrammeDocument.TOTALS, SavingsProgrammeDocument.TOTAL_ALL_YEARS,
                        SavingsProgrammeDocument.VERSION))
                .sort(Sorts.ascending(SavingsProgrammeDocument.ID))
                .skip(Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE)))
                .limit(size)
                .forEach(document -> items.add(SavingsProgrammeDocument.toSummary(document)));
        return new SavingsProgrammePage(items, page, size, total);
    }

    void deleteAll() {
        collection().deleteMany(new Document());
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(SavingsProgrammeDocument.COLLECTION);
    }
}
