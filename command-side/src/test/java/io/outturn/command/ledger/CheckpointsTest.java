package io.outturn.command.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.command.config.CommandSideTestConfiguration;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.Hashes;
import io.outturn.ledger.Head;
import io.outturn.ledger.Ledger;
import io.outturn.ledger.MerkleTree;
import io.outturn.ledger.SigningKeys;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Checkpoints over every aggregate's head, signed, stored in the event store, taken on demand. */
@SpringBootTest(properties = {"outturn.ledger.create-signing-key=true", "outturn.ledger.checkpoint-interval=0"})
@AutoConfigureMockMvc
@Import(CommandSideTestConfiguration.class)
class CheckpointsTest {

    @TempDir
    static Path keys;

    @DynamicPropertySource
    static void signingKey(DynamicPropertyRegistry registry) {
        registry.add("outturn.ledger.signing-key", () -> keys.resolve("ledger").resolve("signing-key.pem").toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine storage;

    @Autowired
    RecentHeads recentHeads;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    CheckpointKey key;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void emptyEventStore() {
        storage.reset();
        recentHeads.clear();
        checkpoints.forgetWalk();
    }

    @Test
    void theKeyIsMadeOnFirstStartReadableByItsOwnerOnly() throws Exception {
        Path file = keys.resolve("ledger").resolve("signing-key.pem");

        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        assertThat(key.fingerprint()).hasValue(SigningKeys.fingerprint(
                SigningKeys.readPrivateKeyPem(Files.readString(file)).getPublic().getEncoded()));
    }

    @Test
    void anAuditorTakesACheckpointOverEveryAggregatesHead() throws Exception {
        define("NI130");
        define("NI131");
        setTarget("NI130", 12000);

        JsonNode taken = json.readTree(mvc.perform(post("/api/ledger/checkpoints").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/ledger/checkpoints/latest"))
                .andReturn().getResponse().getContentAsString());

        CheckpointSignedEvent checkpoint = checkpointEvents().get(0).getPayload();
        List<Head> heads = List.of(head("NI130", 1), head("NI131", 0));
        assertThat(checkpoint.number()).isEqualTo(1);
        assertThat(checkpoint.aggregates()).isEqualTo(2);
        assertThat(checkpoint.root()).isEqualTo(MerkleTree.root(heads));
        assertThat(checkpoint.changed()).containsExactlyElementsOf(heads);
        assertThat(checkpoint.previous()).isEqualTo(Ledger.GENESIS);
        assertThat(checkpoint.signatureValid()).isTrue();
        assertThat(checkpoint.statement().keyFingerprint()).isEqualTo(key.fingerprint().orElseThrow());
        assertThat(taken.path("number").asLong()).isEqualTo(1);
        assertThat(taken.path("root").asText()).isEqualTo(checkpoint.root());
        assertThat(taken.path("statement").asText()).isEqualTo(checkpoint.statement().text());
        assertThat(checkpointEvents().get(0).getMetaData())
                .containsEntry(EventMetadata.ACTOR, "auditor")
                .containsEntry(EventMetadata.SOURCE, EventMetadata.SOURCE_API)
                .containsKeys(Ledger.HASH, Ledger.PREVIOUS);
    }

    @Test
    void theNextCheckpointCarriesOnlyWhatChangedAndNamesTheOneBefore() throws Exception {
        define("NI130");
        define("NI131");
        CheckpointSignedEvent first = checkpoints.take("auditor", EventMetadata.SOURCE_API).checkpoint();
        setTarget("NI131", 12000);

        CheckpointSignedEvent second = checkpoints.take("auditor", EventMetadata.SOURCE_API).checkpoint();

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.changed()).containsExactly(head("NI131", 1));
        assertThat(second.aggregates()).isEqualTo(2);
        assertThat(second.root()).isEqualTo(MerkleTree.root(List.of(head("NI130", 0), head("NI131", 1))));
        assertThat(second.previous()).isEqualTo(first.statement().hash());
        assertThat(checkpointEvents()).hasSize(2);
    }

    @Test
    void whenNothingChangedTheLatestCheckpointIsTheAnswerAndNoneIsAdded() throws Exception {
        define("NI130");
        mvc.perform(post("/api/ledger/checkpoints").with(httpBasic("admin", "admin"))).andExpect(status().isCreated());

        mvc.perform(post("/api/ledger/checkpoints").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1));

        assertThat(checkpointEvents()).hasSize(1);
        assertThat(checkpoints.changedSinceLatest()).isFalse();
    }

    @Test
    void aCheckpointNumberTakenMeanwhileByAnotherCommandSideIsTakenAgainAfterIt() throws Exception {
        define("NI130");
        storage.failNextAppend(new AggregateStreamCreationException("checkpoint 1 was appended meanwhile"));

        Checkpoints.Outcome outcome = checkpoints.take("auditor", EventMetadata.SOURCE_API);

        assertThat(outcome.taken()).isTrue();
        assertThat(outcome.checkpoint().number()).isEqualTo(1);
        assertThat(checkpointEvents()).hasSize(1);
    }

    @Test
    void managersAndViewersMayNotTakeCheckpoints() throws Exception {
        mvc.perform(post("/api/ledger/checkpoints").with(httpBasic("manager", "manager")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/ledger/checkpoints").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLedgerWithABrokenLinkIsNotSigned() throws Exception {
        define("NI130");
        IndicatorDefinedEvent forged = new IndicatorDefinedEvent(IndicatorId.of("NI131"), "Forged", "Nobody", null,
                null, Framework.of("NI"), Unit.COUNT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, BigDecimal.ONE, null, null, List.of());
        storage.appendEvents(List.of(new GenericDomainEventMessage<>("Indicator", "NI131", 0, forged,
                MetaData.with(Ledger.PREVIOUS, Ledger.GENESIS).and(Ledger.HASH, "f".repeat(64)))));

        mvc.perform(post("/api/ledger/checkpoints").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LEDGER_BROKEN"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "NI131 sequence 0: hash mismatch")));

        assertThat(checkpointEvents()).isEmpty();
    }

    /** The command side judges what it reads; once started again it reads the store afresh and finds the loss. */
    @Test
    void anAggregateCutShortOfWhatTheLatestCheckpointCoveredIsNotSignedAfterARestart() throws Exception {
        define("NI130");
        setTarget("NI130", 12000);
        checkpoints.take("auditor", EventMetadata.SOURCE_API);
        List<DomainEventMessage<?>> kept = storage.readEvents("NI130", 0).asStream()
                .<DomainEventMessage<?>>map(event -> event).toList().subList(0, 1);
        List<DomainEventMessage<?>> checkpointsKept = checkpointEvents().stream().<DomainEventMessage<?>>map(e -> e).toList();
        storage.reset();
        recentHeads.clear();
        storage.appendEvents(kept);
        storage.appendEvents(checkpointsKept);
        checkpoints.forgetWalk();

        mvc.perform(post("/api/ledger/checkpoints").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "NI130 sequence 1: missing: checkpoint 1 covers its sequence 1, but the store ends at sequence 0")));
    }

    private List<DomainEventMessage<CheckpointSignedEvent>> checkpointEvents() {
        return storage.readEvents(Ledger.CHECKPOINTS, 0).asStream()
                .map(event -> {
                    @SuppressWarnings("unchecked")
                    DomainEventMessage<CheckpointSignedEvent> checkpoint = (DomainEventMessage<CheckpointSignedEvent>) event;
                    return checkpoint;
                })
                .toList();
    }

    private Head head(String aggregateId, long sequence) {
        DomainEventMessage<?> event = storage.readEvents(aggregateId, sequence).next();
        String hash = (String) event.getMetaData().get(Ledger.HASH);
        assertThat(Hashes.isHash(hash)).isTrue();
        return new Head(aggregateId, sequence, hash);
    }

    private void define(String id) throws Exception {
        mvc.perform(post("/api/indicators").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"" + id + "\", \"title\": \"No of people on a personal budget\","
                                + " \"organisation\": \"Nottinghamshire County Council\", \"framework\": \"NI\","
                                + " \"unit\": \"COUNT\", \"polarity\": \"HIGHER_IS_BETTER\", \"rollUp\": \"LATEST\"}"))
                .andExpect(status().isCreated());
    }

    private void setTarget(String id, int value) throws Exception {
        mvc.perform(put("/api/indicators/" + id + "/targets/2011-12").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\": {\"kind\": \"AT_LEAST\", \"value\": " + value + "}}"))
                .andExpect(status().isOk());
    }
}
