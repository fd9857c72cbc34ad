package io.outturn.command.api;

import com.jayway.jsonpath.JsonPath;
import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.events.EventMetadata;
import io.outturn.events.TargetRevisionApprovedEvent;
import io.outturn.events.TargetRevisionProposedEvent;
import io.outturn.events.TargetRevisionRejectedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProposalId;
import io.outturn.values.Target;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;

import static io.outturn.command.api.ApiCalls.as;
import static io.outturn.command.api.ApiCalls.asManager;
import static io.outturn.command.api.ApiCalls.json;
import static io.outturn.command.api.IndicatorCommandApiTest.NI130;
import static io.outturn.command.api.IndicatorCommandApiTest.TWELVE_THOUSAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two people for in-year easing, as a client sees it with {@code outturn.revisions.approval=easing-in-year}: NI130's
 * 2011-12 target of 12,000 lowered to 9,000 in July 2012, after the year, waits for an approver.
 */
@CommandSideTest
@TestPropertySource(properties = "outturn.revisions.approval=easing-in-year")
class TargetApprovalApiTest {

    private static final String NINE_THOUSAND = """
            {"target": {"kind": "AT_LEAST", "value": 9000}, "printed": "9,000",
             "reason": "Demand fell after the eligibility review"}
            """;
    private static final String TARGET = "/api/indicators/NI130/targets/2011-12";

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine eventStore;

    @BeforeEach
    void ni130With12000For2011() throws Exception {
        eventStore.reset();
        mvc.perform(json(asManager(post("/api/indicators")), NI130)).andExpect(status().isCreated());
        mvc.perform(json(asManager(put(TARGET)), TWELVE_THOUSAND)).andExpect(status().isOk());
    }

    private String propose(String user) throws Exception {
        String answer = mvc.perform(json(as(user, put(TARGET)), NINE_THOUSAND))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.proposalId");
    }

    private List<DomainEventMessage<?>> events() {
        return eventStore.readEvents("NI130").asStream().<DomainEventMessage<?>>map(message -> message).toList();
    }

    @Test
    void anInYearEasingAnswers202WithTheProposalAndChangesNoTarget() throws Exception {
        mvc.perform(json(asManager(put(TARGET)), NINE_THOUSAND))
                .andExpect(status().isAccepted())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value("NI130"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.changed").value(true))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.fy").value("2011-12"))
                .andExpect(jsonPath("$.target.value").value(9000))
                .andExpect(jsonPath("$.printed").value("9,000"))
                .andExpect(jsonPath("$.proposalId").isString())
                .andExpect(jsonPath("$.approve").value(matchesPattern(
                        "/api/indicators/NI130/targets/2011-12/proposals/[0-9a-f-]{36}/approve")));

        DomainEventMessage<?> proposed = events().get(2);
        assertThat(proposed.getPayload()).isInstanceOfSatisfying(TargetRevisionProposedEvent.class, event -> {
            assertThat(event.target()).isEqualTo(new Target.AtLeast(new BigDecimal("9000"), true));
            assertThat(event.justification().reason()).isEqualTo("Demand fell after the eligibility review");
        });
        assertThat(proposed.getMetaData()).containsEntry(EventMetadata.ACTOR, "manager");
        assertThat(events()).hasSize(3);
    }

    @Test
    void anApproverApprovesAndTheTargetTakesEffectNamingTheProposal() throws Exception {
        String proposalId = propose("manager");

        mvc.perform(as("approver", post(TARGET + "/proposals/{proposalId}/approve", proposalId)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.proposalId").doesNotExist());

        List<DomainEventMessage<?>> events = events();
        assertThat(events.get(3).getPayload()).isEqualTo(new TargetRevisionApprovedEvent(IndicatorId.of("NI130"),
                FinancialYear.parse("2011-12"), ProposalId.of(proposalId)));
        assertThat(events.get(3).getMetaData()).containsEntry(EventMetadata.ACTOR, "approver");
        assertThat(events.get(4).getPayload()).isInstanceOfSatisfying(TargetSetEvent.class, set -> {
            assertThat(set.proposalId()).isEqualTo(ProposalId.of(proposalId));
            assertThat(set.target()).isEqualTo(new Target.AtLeast(new BigDecimal("9000"), true));
            assertThat(set.justification().reason()).isEqualTo("Demand fell after the eligibility review");
        });
        assertThat(events.get(4).getMetaData()).containsEntry(EventMetadata.ACTOR, "approver")
                .containsEntry(EventMetadata.REASON, "Demand fell after the eligibility review");
    }

    @Test
    void theProposerApprovingTheirOwnProposalIsRefused() throws Exception {
        String proposalId = propose("admin");

        mvc.perform(as("admin", post(TARGET + "/proposals/{proposalId}/approve", proposalId)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("OWN_PROPOSAL"))
                .andExpect(jsonPath("$.errors[0].field").value("proposalId"));
        assertThat(events()).hasSize(3);
    }

    @Test
    void anApproverRejectsWithAReasonAndTheProposalIsDropped() throws Exception {
        String proposalId = propose("manager");

        mvc.perform(json(as("approver", post(TARGET + "/proposals/{proposalId}/reject", proposalId)), "{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
        mvc.perform(json(as("approver", post(TARGET + "/proposals/{proposalId}/reject", proposalId)),
                        "{\"reason\": \"Cabinet has not agreed it\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(4));
        assertThat(events().get(3).getPayload()).isInstanceOf(TargetRevisionRejectedEvent.class);
        mvc.perform(as("approver", post(TARGET + "/proposals/{proposalId}/approve", proposalId)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PROPOSAL_NOT_FOUND"));
    }

    @Test
    void onlyApproversDecideAndApproversDoNotSetTargets() throws Exception {
        String proposalId = propose("manager");

        for (String user : List.of("manager", "auditor", "viewer")) {
            mvc.perform(as(user, post(TARGET + "/proposals/{proposalId}/approve", proposalId)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(json(as("approver", put(TARGET)), NINE_THOUSAND)).andExpect(status().isForbidden());
        mvc.perform(as("approver", post(TARGET + "/proposals/{proposalId}/approve", proposalId)))
                .andExpect(status().isOk());
    }

    @Test
    void withdrawingTheTargetOfAYearUnderWayIsRefused() throws Exception {
        mvc.perform(asManager(delete(TARGET).param("reason", "superseded")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("APPROVAL_REQUIRED"));
    }
}
