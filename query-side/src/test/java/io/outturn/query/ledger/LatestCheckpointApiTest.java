package io.outturn.query.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.SigningKeys;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a council publishes on its transparency page: the latest checkpoint, open to anyone. */
@Import(LedgerFixture.class)
class LatestCheckpointApiTest extends QuerySideIntegrationTest {

    @Autowired
    LedgerFixture.Checkpointer checkpointer;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void beforeTheFirstCheckpointThereIsNoneAndAfterItAnyoneReadsTheLatestAndCanCheckItsSignature() throws Exception {
        mockMvc.perform(get("/api/ledger/checkpoints/latest"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CHECKPOINT_NOT_FOUND"));
        Ni130Revisions.publish(events, IndicatorId.of("NI130"));
        checkpointer.checkpoint();
        Ni130Revisions.publish(events, IndicatorId.of("NI131"));
        CheckpointSignedEvent second = checkpointer.checkpoint();

        JsonNode latest = json.readTree(mockMvc.perform(get("/api/ledger/checkpoints/latest"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(latest.path("number").asLong()).isEqualTo(2);
        assertThat(latest.path("aggregates").asInt()).isEqualTo(2);
        assertThat(latest.path("root").asText()).isEqualTo(second.root());
        assertThat(latest.path("keyFingerprint").asText())
                .isEqualTo(SigningKeys.fingerprint(LedgerFixture.KEY.getPublic().getEncoded()));
        assertThat(latest.path("statement").asText()).startsWith("outturn-ledger-checkpoint/1\nnumber:2\n")
                .contains("root:" + second.root() + "\n");
        assertThat(SigningKeys.verify(SigningKeys.readPublicKeyPem(latest.path("publicKey").asText()),
                latest.path("statement").asText().getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(latest.path("signature").asText()))).isTrue();
    }
}
