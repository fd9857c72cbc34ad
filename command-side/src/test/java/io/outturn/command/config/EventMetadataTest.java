package io.outturn.command.config;

import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.events.EventMetadata;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every event carries who, why, which request and from where: read back from the event store. */
@CommandSideTest
class EventMetadataTest {

    static final String NI130 = """
            {"id": "NI130", "title": "No of people on a personal budget",
             "organisation": "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
             "framework": "NI", "unit": "COUNT", "polarity": "HIGHER_IS_BETTER", "rollUp": "LATEST",
             "baseline": {"value": 7000, "fy": "2010-11"},
             "actor": "somebody-else", "source": "import:forged"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @Autowired
    ResettableEventStorageEngine storage;

    @Autowired
    CommandGateway commandGateway;

    @BeforeEach
    void emptyEventStore() {
        storage.reset();
    }

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }

    private List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    @Test
    void anEventMadeThroughTheApiCarriesActorReasonCorrelationIdAndSource() throws Exception {
        mvc.perform(post("/api/indicators").with(httpBasic("manager", "manager"))
                        .header("X-Correlation-Id", "plan-2011-14-load")
                        .contentType(MediaType.APPLICATION_JSON).content(NI130))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/indicators/NI130/targets/2011-12").with(httpBasic("manager", "manager"))
                        .header("X-Correlation-Id", "plan-2011-14-load")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 12000}, \"printed\": \"12,000\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/indicators/NI130/targets/2011-12").with(httpBasic("admin", "admin"))
                        .header("X-Correlation-Id", "q1-review-2012")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"target": {"kind": "AT_LEAST", "value": 11000}, "printed": "11,000",
                                 "reason": "Cabinet agreed a lower target after the Q1 review"}
                                """))
                .andExpect(status().isOk());

        List<DomainEventMessage<?>> events = eventsOf("NI130");

        assertThat(events).hasSize(3);
        assertThat(events.get(0).getMetaData())
                .containsEntry(EventMetadata.ACTOR, "manager")
                .containsEntry(EventMetadata.CORRELATION_ID, "plan-2011-14-load")
                .containsEntry(EventMetadata.SOURCE, EventMetadata.SOURCE_API)
                .doesNotContainKey(EventMetadata.REASON);
        assertThat(events.get(2).getMetaData())
                .containsEntry(EventMetadata.ACTOR, "admin")
                .containsEntry(EventMetadata.REASON, "Cabinet agreed a lower target after the Q1 review")
                .containsEntry(EventMetadata.CORRELATION_ID, "q1-review-2012")
                .containsEntry(EventMetadata.SOURCE, EventMetadata.SOURCE_API);
    }

    @Test
    void aSourceSetByTheSenderIsKeptAndTheActorStillComesFromAuthentication() throws Exception {
        mvc.perform(post("/api/indicators").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(NI130))
                .andExpect(status().isCreated());
        String source = EventMetadata.importSource("9f2c4e0b7a1d3c5e8f6a2b4d1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-data", null, AuthorityUtils.createAuthorityList("ROLE_MANAGER")));

        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(new SetTargetCommand(
                        IndicatorId.of("NI130"), FinancialYear.parse("2012-13"),
                        new Target.AtLeast(new BigDecimal("14000"), true), "14,000", null, null, null))
                .andMetaData(MetaData.with(EventMetadata.SOURCE, source).and(EventMetadata.ACTOR, "forged")));

        List<DomainEventMessage<?>> events = eventsOf("NI130");
        assertThat(events.get(0).getMetaData()).containsEntry(EventMetadata.ACTOR, "manager")
                .containsEntry(EventMetadata.SOURCE, EventMetadata.SOURCE_API);
        assertThat(events.get(1).getMetaData())
                .containsEntry(EventMetadata.ACTOR, "demo-data")
                .containsEntry(EventMetadata.SOURCE, source)
                .containsKey(EventMetadata.CORRELATION_ID);
        assertThat(events.get(1).getMetaData().get(EventMetadata.CORRELATION_ID)).asString().isNotBlank();
    }

    @Test
    void aCommandSentWithNoAuthenticatedUserIsRecordedAsTheSystem() {
        commandGateway.sendAndWait(new io.outturn.command.indicator.DefineIndicatorCommand(
                IndicatorId.of("NI130"), "No of people on a personal budget",
                "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
                null, null, io.outturn.values.Framework.of("NI"), io.outturn.values.Unit.COUNT,
                io.outturn.values.Polarity.HIGHER_IS_BETTER, io.outturn.values.RollUp.LATEST, null, null));

        assertThat(eventsOf("NI130").get(0).getMetaData())
                .containsEntry(EventMetadata.ACTOR, CommandMetadataInterceptor.SYSTEM_ACTOR)
                .containsEntry(EventMetadata.SOURCE, EventMetadata.SOURCE_API);
    }
}
