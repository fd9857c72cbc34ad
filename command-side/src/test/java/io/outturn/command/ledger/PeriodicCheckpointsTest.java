package io.outturn.command.ledger;

import io.outturn.command.config.CommandSideTestConfiguration;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.events.EventMetadata;
import io.outturn.ledger.CheckpointSignedEvent;
import io.outturn.ledger.Ledger;
import org.axonframework.eventhandling.DomainEventMessage;
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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With an interval configured, checkpoints come by themselves, taken by the system, once anything has changed. */
@SpringBootTest(properties = {"outturn.ledger.create-signing-key=true", "outturn.ledger.checkpoint-interval=200ms"})
@AutoConfigureMockMvc
@Import(CommandSideTestConfiguration.class)
class PeriodicCheckpointsTest {

    @TempDir
    static Path keys;

    @DynamicPropertySource
    static void signingKey(DynamicPropertyRegistry registry) {
        registry.add("outturn.ledger.signing-key", () -> keys.resolve("signing-key.pem").toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine storage;

    @Test
    void aChangeIsCheckpointedByTheScheduleAsTheSystem() throws Exception {
        mvc.perform(post("/api/indicators").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "NI130", "title": "No of people on a personal budget",
                                 "organisation": "Nottinghamshire County Council", "framework": "NI", "unit": "COUNT",
                                 "polarity": "HIGHER_IS_BETTER", "rollUp": "LATEST"}"""))
                .andExpect(status().isCreated());

        await("a scheduled checkpoint").atMost(Duration.ofSeconds(60)).until(() -> !checkpoints().isEmpty());

        DomainEventMessage<?> first = checkpoints().get(0);
        assertThat(((CheckpointSignedEvent) first.getPayload()).changed())
                .extracting(head -> head.aggregateId()).contains("NI130");
        assertThat(first.getMetaData()).containsEntry(EventMetadata.ACTOR, Checkpoints.SYSTEM_ACTOR)
                .containsEntry(EventMetadata.SOURCE, Checkpoints.SCHEDULE);
    }

    private List<? extends DomainEventMessage<?>> checkpoints() {
        return storage.readEvents(Ledger.CHECKPOINTS, 0).asStream().toList();
    }
}
