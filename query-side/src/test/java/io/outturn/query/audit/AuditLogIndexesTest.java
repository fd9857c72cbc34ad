package io.outturn.query.audit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.IndexDefinition;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real MongoDB answers a newest-first audit page from an index only when the index holds the filtered field
 * followed by the whole sort order; otherwise it sorts every matching entry in memory, and refuses past 100 MB.
 */
class AuditLogIndexesTest {

    private static final List<String> ORDER = AuditLog.NEWEST_FIRST.stream().map(Sort.Order::getProperty).toList();

    @Test
    void theWholeLogIsPagedNewestFirstFromAnIndex() {
        assertThat(indexKeys()).contains(ORDER);
    }

    @Test
    void aSearchByActorOrByTypeIsPagedNewestFirstFromAnIndex() {
        assertThat(indexKeys()).contains(prefixed(AuditEntry.ACTOR), prefixed(AuditEntry.TYPE));
    }

    @Test
    void aSearchByReasonCodeIsPagedNewestFirstFromAnIndex() {
        assertThat(indexKeys()).contains(prefixed(AuditEntry.REASON_CODE));
    }

    private static List<String> prefixed(String field) {
        List<String> keys = new ArrayList<>(List.of(field));
        keys.addAll(ORDER);
        return keys;
    }

    private static List<List<String>> indexKeys() {
        return AuditLog.INDEXES.indexes().stream()
                .map(IndexDefinition::getIndexKeys)
                .map(Document::keySet)
                .map(List::copyOf)
                .toList();
    }
}
