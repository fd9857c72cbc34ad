package io.outturn.query.ledger;

import io.outturn.ledger.PackReport;
import io.outturn.ledger.PackVerifier;
import io.outturn.ledger.SigningKeys;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.query.testsupport.Seed001;
import io.outturn.values.IndicatorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/audit/pack}: one aggregate's events, their chain and the checkpoint that covers them. */
@Import(LedgerFixture.class)
class AuditPackApiTest extends QuerySideIntegrationTest {

    @Autowired
    LedgerFixture.Checkpointer checkpointer;

    @Test
    void anAuditorDownloadsAPackOfNi130ThatVerifiesWithNoServer() throws Exception {
        Ni130Revisions.publish(events, IndicatorId.of("NI130"));
        events.append(Seed001.ni130Defined(IndicatorId.of("NI131")));
        checkpointer.checkpoint();

        MvcResult answer = mockMvc.perform(get("/api/audit/pack").param("aggregateId", "NI130")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"outturn-audit-pack-NI130.zip\""))
                .andReturn();
        Map<String, byte[]> pack = PackVerifier.entries(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()));

        PackReport report = PackVerifier.verify(pack,
                SigningKeys.fingerprint(LedgerFixture.KEY.getPublic().getEncoded()));
        assertThat(report.problems()).isEmpty();
        assertThat(pack).containsKeys("events/00000000.txt", "events/00000006.txt", "ALGORITHM.txt", "proof.txt");
        assertThat(new String(pack.get("pack.txt"), StandardCharsets.UTF_8))
                .isEqualTo("outturn-audit-pack/1\naggregate:NI130\nfrom:\nto:\nfirst:0\nlast:6\nhead:6\n");
        assertThat(new String(pack.get("events/00000004.txt"), StandardCharsets.UTF_8))
                .contains("\nmetadata:{\"actor\":\"manager\",", "\"reason\":\"" + Ni130Revisions.STRETCH + "\"");
        byte[] again = mockMvc.perform(get("/api/audit/pack").param("aggregateId", "NI130")
                        .with(httpBasic("auditor", "auditor")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(again).as("the same pack, byte for byte").isEqualTo(answer.getResponse().getContentAsByteArray());
    }

    @Test
    void aWindowOfTransactionTimeHoldsOnlyItsEventsButTheWholeChain() throws Exception {
        Ni130Revisions.publish(events, IndicatorId.of("NI132"));
        checkpointer.checkpoint();

        MvcResult answer = mockMvc.perform(get("/api/audit/pack").param("aggregateId", "NI132")
                        .param("from", "2011-07-01").param("to", "2011-09-30")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk()).andReturn();
        Map<String, byte[]> pack = PackVerifier.entries(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()));

        assertThat(pack.keySet()).filteredOn(name -> name.startsWith("events/"))
                .containsExactlyInAnyOrder("events/00000003.txt", "events/00000004.txt");
        assertThat(new String(pack.get("chain.txt"), StandardCharsets.UTF_8).lines()).hasSize(7);
        assertThat(PackVerifier.verify(pack, null).intact()).isTrue();
    }

    @Test
    void eventsNewerThanTheLatestCheckpointNeedOneFirst() throws Exception {
        Ni130Revisions.publish(events, IndicatorId.of("NI133"));
        checkpointer.checkpoint();
        events.append(Seed001.actual(IndicatorId.of("NI133"), Seed001.FY_2011_12, io.outturn.values.Quarter.Q3, "10500"));

        mockMvc.perform(get("/api/audit/pack").param("aggregateId", "NI133").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CHECKPOINT_REQUIRED"));
        mockMvc.perform(get("/api/audit/pack").param("aggregateId", "NI133").param("to", "2011-12-31")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk());
    }

    @Test
    void anAggregateWithNoEventsIsNotFoundAndTheAggregateIsRequired() throws Exception {
        checkpointer.checkpoint();

        mockMvc.perform(get("/api/audit/pack").param("aggregateId", "NI999").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mockMvc.perform(get("/api/audit/pack").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void onlyAuditorsDownloadPacks() throws Exception {
        mockMvc.perform(get("/api/audit/pack").param("aggregateId", "NI130").with(httpBasic("manager", "manager")))
                .andExpect(status().isForbidden());
        mockMvc.perform(get("/api/audit/pack").param("aggregateId", "NI130")).andExpect(status().isUnauthorized());
    }
}
