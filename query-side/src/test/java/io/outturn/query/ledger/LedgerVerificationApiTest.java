package io.outturn.query.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.events.EventMetadata;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.Head;
import io.outturn.ledger.Ledger;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/ledger/verify} walks the whole store and names each aggregate's first broken link. The store
 * here is in memory: rows are forged by appending to the storage engine behind the event store's back; the H2 file
 * is tampered with for real in standalone's LedgerTamperTest.
 */
@Import(LedgerFixture.class)
class LedgerVerificationApiTest extends QuerySideIntegrationTest {

    @Autowired
    LedgerFixture.Checkpointer checkpointer;

    @Autowired
    EventStorageEngine storage;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void onlyAuditorsVerify() throws Exception {
        mockMvc.perform(get("/api/ledger/verify")).andExpect(status().isUnauthorized());
        mockMvc.perform(get("/api/ledger/verify").with(httpBasic("manager", "manager"))).andExpect(status().isForbidden());
        mockMvc.perform(get("/api/ledger/verify").with(httpBasic("viewer", "viewer"))).andExpect(status().isForbidden());
        mockMvc.perform(get("/api/ledger/verify").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void anIntactLedgerIsReportedIntactWithWhatWasRead() throws Exception {
        Ni130Revisions.publish(events, IndicatorId.of("NI130"));
        checkpointer.checkpoint();

        JsonNode report = verify();

        assertThat(report.path("broken").findValuesAsText("aggregateId")).doesNotContain("NI130", Ledger.CHECKPOINTS);
        assertThat(report.path("events").asLong()).isGreaterThanOrEqualTo(8);
        assertThat(report.path("latestCheckpoint").path("number").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRowWrittenBehindTheEventStoresBackIsNamedWithItsAggregateAndSequence() throws Exception {
        Ni130Revisions.publish(events, IndicatorId.of("NI140"));
        DomainEventMessage<?> last = storage.readEvents("NI140", 6).next();
        Map<String, Object> metaData = new HashMap<>(last.getMetaData());
        metaData.put(EventMetadata.ACTOR, "someone-else");
        // The next event of NI140, carrying the ledger metadata of the one before: it cannot hash to it.
        storage.appendEvents(List.of(new GenericDomainEventMessage<>("Indicator", "NI140", 7, last.getPayload(),
                metaData)));

        JsonNode broken = brokenLinkOf(verify(), "NI140");

        assertThat(broken.path("sequence").asLong()).isEqualTo(7);
        assertThat(broken.path("problem").asText()).isEqualTo("HASH_MISMATCH");
        assertThat(broken.path("description").asText()).isEqualTo("hash mismatch");
        assertThat(broken.path("detail").asText()).contains("but it was stored with " + last.getMetaData().get(Ledger.HASH));
    }

    @Test
    void anAggregateEndingBeforeTheHeadACheckpointCoveredIsMissingItsNewestEvents() throws Exception {
        Ni130Revisions.publish(events, IndicatorId.of("NI150"));
        CheckpointSignedEvent honest = checkpointer.checkpoint();
        // A checkpoint that covered an eighth NI150 event, as if the store had since lost it.
        checkpointer.checkpointWith(new Head("NI150", 7, "e".repeat(64)));

        JsonNode broken = brokenLinkOf(verify(), "NI150");

        assertThat(broken.path("sequence").asLong()).isEqualTo(7);
        assertThat(broken.path("problem").asText()).isEqualTo("MISSING");
        assertThat(broken.path("detail").asText())
                .isEqualTo("checkpoint " + (honest.number() + 1) + " covers its sequence 7 (hash " + "e".repeat(64)
                        + "), but the store ends at sequence 6");
    }

    private JsonNode verify() throws Exception {
        return json.readTree(mockMvc.perform(get("/api/ledger/verify").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static JsonNode brokenLinkOf(JsonNode report, String aggregateId) {
        for (JsonNode link : report.path("broken")) {
            if (link.path("aggregateId").asText().equals(aggregateId)) {
                return link;
            }
        }
        throw new AssertionError(aggregateId + " is not among the broken links: " + report.path("broken"));
    }
}
