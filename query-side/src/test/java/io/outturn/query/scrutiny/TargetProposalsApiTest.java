package io.outturn.query.scrutiny;

import io.outturn.events.TargetRevisionApprovedEvent;
import io.outturn.events.TargetRevisionProposedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.testsupport.ExportedFiles;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.ProposalId;
import io.outturn.values.Quarter;
import io.outturn.values.Target;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Instant;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Proposed revisions on the query side: the card shows a waiting proposal beside the target in force, the list shows
 * what waits, and a target's history shows who proposed and who approved a revision, and when. NI130's 2011-12 target
 * of 12,000, proposed lowered to 9,000 after the year by the manager and approved by the approver; NI130-B's, proposed
 * lowered and still waiting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetProposalsApiTest extends QuerySideIntegrationTest {

    private static final IndicatorId APPROVED = IndicatorId.of("NI130");
    private static final IndicatorId WAITING = IndicatorId.of("NI130-B");
    private static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);
    private static final Target NINE_THOUSAND = new Target.AtLeast(new BigDecimal("9000"), true);
    private static final Justification WHY = Justification.other("Demand fell after the eligibility review");
    private static final ProposalId FIRST = ProposalId.of("3f1c8a2e-0000-4000-8000-000000000001");
    private static final ProposalId SECOND = ProposalId.of("3f1c8a2e-0000-4000-8000-000000000002");

    private Published approval;

    @BeforeAll
    void publish() {
        for (IndicatorId id : new IndicatorId[] {APPROVED, WAITING}) {
            events.at(Instant.parse("2011-04-05T10:00:00Z")).append(ni130Defined(id), ni130Target(id, FY_2011_12));
            events.at(Instant.parse("2012-04-10T09:00:00Z")).append(actual(id, FY_2011_12, Quarter.Q4, "9050"));
        }
        events.at(Instant.parse("2012-04-20T16:45:00Z")).by("manager").because(WHY.reason())
                .append(new TargetRevisionProposedEvent(APPROVED, FY_2011_12, FIRST, NINE_THOUSAND, "9,000",
                        TWELVE_THOUSAND, "12,000", WHY, null));
        approval = events.at(Instant.parse("2012-04-23T09:00:00Z")).by("approver").because(WHY.reason())
                .append(new TargetRevisionApprovedEvent(APPROVED, FY_2011_12, FIRST),
                        new TargetSetEvent(APPROVED, FY_2011_12, NINE_THOUSAND, "9,000", TWELVE_THOUSAND, "12,000",
                                WHY, null, FIRST)).get(1);
        events.at(Instant.parse("2012-04-21T10:00:00Z")).by("manager").because(WHY.reason())
                .append(new TargetRevisionProposedEvent(WAITING, FY_2011_12, SECOND, NINE_THOUSAND, "9,000",
                        TWELVE_THOUSAND, "12,000", WHY, null));
        projections.awaitCaughtUp();
    }

    @Test
    void theCardShowsTheWaitingProposalBesideTheTargetInForce() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130-B/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.rag").value("RED"))
                .andExpect(jsonPath("$.version").value(4))
                .andExpect(jsonPath("$.proposal.proposalId").value(SECOND.value()))
                .andExpect(jsonPath("$.proposal.status").value("PENDING"))
                .andExpect(jsonPath("$.proposal.target.value").value(9000))
                .andExpect(jsonPath("$.proposal.printed").value("9,000"))
                .andExpect(jsonPath("$.proposal.reason").value(WHY.reason()))
                .andExpect(jsonPath("$.proposal.proposed.actor").value("manager"))
                .andExpect(jsonPath("$.proposal.proposed.recordedAt").value("2012-04-21T10:00:00Z"))
                .andExpect(jsonPath("$.flags").doesNotExist());
        mockMvc.perform(get("/api/indicators/NI130/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.target.value").value(9000))
                .andExpect(jsonPath("$.rag").value("GREEN"))
                .andExpect(jsonPath("$.proposal").doesNotExist());
    }

    @Test
    void theListShowsWhatWaitsAndWhatWasDecided() throws Exception {
        mockMvc.perform(get("/api/proposals").param("status", "PENDING").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].indicatorId").value("NI130-B"))
                .andExpect(jsonPath("$.items[0].fy").value("2011-12"))
                .andExpect(jsonPath("$.items[0].current.value").value(12000));
        mockMvc.perform(get("/api/proposals").param("status", "APPROVED").with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].proposalId").value(FIRST.value()))
                .andExpect(jsonPath("$.items[0].decided.actor").value("approver"))
                .andExpect(jsonPath("$.items[0].decided.type").value("TargetRevisionApprovedEvent"));
        mockMvc.perform(get("/api/proposals").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.items[*].proposalId").value(contains(FIRST.value(), SECOND.value())));
        mockMvc.perform(get("/api/proposals").param("status", "WAITING").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mockMvc.perform(get("/api/proposals")).andExpect(status().isUnauthorized());
    }

    @Test
    void theHistoryShowsWhoProposedAndWhoApprovedTheRevisionAndWhen() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/targets/2011-12/history").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].target.value").value(9000))
                .andExpect(jsonPath("$[1].actor").value("approver"))
                .andExpect(jsonPath("$[1].eventId").value(approval.eventId()))
                .andExpect(jsonPath("$[1].approval.proposalId").value(FIRST.value()))
                .andExpect(jsonPath("$[1].approval.proposedBy").value("manager"))
                .andExpect(jsonPath("$[1].approval.proposedAt").value("2012-04-20T16:45:00Z"))
                .andExpect(jsonPath("$[1].approval.approvedBy").value("approver"))
                .andExpect(jsonPath("$[1].approval.approvedAt").value("2012-04-23T09:00:00Z"))
                .andExpect(jsonPath("$[1].flags[*].kind").value(contains("EASED_AFTER_RESULTS", "NO_DECISION")))
                .andExpect(jsonPath("$[0].approval").doesNotExist());

        byte[] file = mockMvc.perform(get("/api/indicators/NI130/targets/2011-12/history").param("format", "csv")
                        .with(httpBasic("auditor", "auditor")))
                .andReturn().getResponse().getContentAsByteArray();
        CSVRecord approved = ExportedFiles.csv(file).rows().get(1);
        assertThat(approved.get("proposedBy")).isEqualTo("manager");
        assertThat(approved.get("proposedAt")).isEqualTo("2012-04-20T16:45:00Z");
        assertThat(approved.get("approvedBy")).isEqualTo("approver");
        assertThat(approved.get("approvedAt")).isEqualTo("2012-04-23T09:00:00Z");
    }
}
