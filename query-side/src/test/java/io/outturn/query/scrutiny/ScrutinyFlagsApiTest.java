package io.outturn.query.scrutiny;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.ExportedFiles;
import io.outturn.query.testsupport.ExportedFiles.Csv;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.Decision;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.Quarter;
import io.outturn.values.ReasonCode;
import io.outturn.values.Target;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.corrected;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static io.outturn.query.testsupport.Seed001.reassessmentsDefined;
import static io.outturn.query.testsupport.Seed001.reassessmentsTarget;
import static io.outturn.query.testsupport.Seed001.revisedTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scrutiny flags through the real wiring: the flags read model and its API, and the flags on status cards (now and as
 * of a past moment) and target histories. The case: NI130's 2011-12 target of 12,000 lowered to 9,000 after a
 * Q4 actual of 9,050, with the reason "x"; the card turned GREEN and nothing said so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScrutinyFlagsApiTest extends QuerySideIntegrationTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final IndicatorId REASSESSMENTS = IndicatorId.of("PB-KPI2");
    private static final IndicatorId ELSEWHERE = IndicatorId.of("BV-OTHER-1");
    private static final String OTHER_COUNCIL = "Another Council";
    private static final Instant EASED_AT = Instant.parse("2012-04-20T16:45:00Z");

    private final List<Published> ni130 = new ArrayList<>();
    private Published lateCorrection;

    @BeforeAll
    void publish() {
        ni130.addAll(events.at(Instant.parse("2011-04-05T10:00:00Z"))
                .append(ni130Defined(NI130), ni130Target(NI130, FY_2011_12)));
        ni130.addAll(events.at(Instant.parse("2011-07-14T09:00:00Z")).append(actual(NI130, FY_2011_12, Quarter.Q1, "8120")));
        ni130.addAll(events.at(Instant.parse("2011-10-14T09:00:00Z")).append(actual(NI130, FY_2011_12, Quarter.Q2, "8600")));
        ni130.addAll(events.at(Instant.parse("2012-01-13T09:00:00Z")).append(actual(NI130, FY_2011_12, Quarter.Q3, "8900")));
        ni130.addAll(events.at(Instant.parse("2012-04-10T09:00:00Z")).append(actual(NI130, FY_2011_12, Quarter.Q4, "9050")));
        ni130.addAll(events.at(EASED_AT).because("x").append(revisedTarget(NI130, FY_2011_12,
                new Target.AtLeast(new BigDecimal("9000"), true), "9,000",
                new Target.AtLeast(new BigDecimal("12000"), true), "12,000")));

        events.at(Instant.parse("2011-04-06T10:00:00Z")).append(reassessmentsDefined(REASSESSMENTS),
                reassessmentsTarget(REASSESSMENTS));
        events.at(Instant.parse("2012-04-12T10:00:00Z")).append(actual(REASSESSMENTS, FY_2011_12, Quarter.Q4, "1000"));
        lateCorrection = events.at(Instant.parse("2012-06-01T10:00:00Z")).because("provider's late return")
                .append(corrected(REASSESSMENTS, FY_2011_12, Quarter.Q4, "1100", "1000", "late return")).get(0);

        IndicatorDefinedEvent template = ni130Defined(ELSEWHERE);
        events.at(Instant.parse("2012-04-02T10:00:00Z")).append(new IndicatorDefinedEvent(ELSEWHERE, "Another measure",
                OTHER_COUNCIL, null, null, template.framework(), template.unit(), template.polarity(), template.rollUp(),
                null, null, null, List.of()), ni130Target(ELSEWHERE, FY_2012_13));
        events.at(Instant.parse("2012-05-02T10:00:00Z")).append(new TargetSetEvent(ELSEWHERE, FY_2012_13,
                new Target.AtLeast(new BigDecimal("14500"), true), "14,500",
                new Target.AtLeast(new BigDecimal("14000"), true), "14,000",
                new Justification(ReasonCode.POLICY_CHANGE, "Stretch agreed", null), null, null));
        events.at(Instant.parse("2012-06-02T10:00:00Z")).append(new TargetSetEvent(ELSEWHERE, FY_2012_13,
                new Target.AtLeast(new BigDecimal("15000"), true), "15,000",
                new Target.AtLeast(new BigDecimal("14500"), true), "14,500",
                new Justification(ReasonCode.POLICY_CHANGE, "Further stretch", new Decision(
                        "Cabinet 30 May 2012, minute 12", "Cabinet", LocalDate.of(2012, 5, 30), null)), null, null));
        projections.awaitCaughtUp();
    }

    @Test
    void aTargetEasedAfterResultsIsFlaggedWithItsEventsAndTheRagBeforeAndAfter() throws Exception {
        Published revision = ni130.get(6);
        mockMvc.perform(get("/api/scrutiny/flags").param("kind", "EASED_AFTER_RESULTS")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(revision.eventId() + "|EASED_AFTER_RESULTS"))
                .andExpect(jsonPath("$.items[0].kind").value("EASED_AFTER_RESULTS"))
                .andExpect(jsonPath("$.items[0].indicatorId").value("NI130"))
                .andExpect(jsonPath("$.items[0].fy").value("2011-12"))
                .andExpect(jsonPath("$.items[0].raisedAt").value("2012-04-20T16:45:00Z"))
                .andExpect(jsonPath("$.items[0].version").value(7))
                .andExpect(jsonPath("$.items[0].ragBefore").value("RED"))
                .andExpect(jsonPath("$.items[0].ragAfter").value("GREEN"))
                .andExpect(jsonPath("$.items[0].events[*].eventId").value(contains(revision.eventId(),
                        ni130.get(2).eventId(), ni130.get(3).eventId(), ni130.get(4).eventId(), ni130.get(5).eventId())))
                .andExpect(jsonPath("$.items[0].events[0].type").value("TargetSetEvent"))
                .andExpect(jsonPath("$.items[0].events[0].actor").value("manager"))
                .andExpect(jsonPath("$.items[0].events[4].type").value("ActualRecordedEvent"))
                .andExpect(jsonPath("$.items[0].detail")
                        .value("target made easier (12,000 → 9,000) after actuals for Q1, Q2, Q3, Q4 had been recorded"));
    }

    @Test
    void theListIsNewestFirstAndFiltersByYearOrganisationAndKind() throws Exception {
        mockMvc.perform(get("/api/scrutiny/flags").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].kind").value(contains("LATE_CORRECTION", "NO_DECISION", "NO_DECISION",
                        "EASED_AFTER_RESULTS")))
                .andExpect(jsonPath("$.items[*].indicatorId").value(contains("PB-KPI2", "BV-OTHER-1", "NI130", "NI130")));
        mockMvc.perform(get("/api/scrutiny/flags").param("fy", "2012-13").with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].indicatorId").value("BV-OTHER-1"));
        mockMvc.perform(get("/api/scrutiny/flags").param("organisation", OTHER_COUNCIL)
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].organisation").value(OTHER_COUNCIL));
        mockMvc.perform(get("/api/scrutiny/flags").param("kind", "LATE_CORRECTION").param("fy", "2011-12")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].events[0].eventId").value(lateCorrection.eventId()))
                .andExpect(jsonPath("$.items[0].ragBefore").value("RED"));
        mockMvc.perform(get("/api/scrutiny/flags").param("kind", "REPEATED_EASING").with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mockMvc.perform(get("/api/scrutiny/flags").param("size", "1").param("page", "1")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.items[*].kind").value(contains("NO_DECISION")))
                .andExpect(jsonPath("$.items[*].indicatorId").value(contains("BV-OTHER-1")));
    }

    @Test
    void theStatusCardCarriesItsFlagsNowButNotAsOfBeforeTheRevision() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rag").value("GREEN"))
                .andExpect(jsonPath("$.flags[*].kind").value(contains("EASED_AFTER_RESULTS", "NO_DECISION")))
                .andExpect(jsonPath("$.flags[0].ragBefore").value("RED"));
        mockMvc.perform(get("/api/indicators").param("fy", "2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.items[?(@.indicatorId == 'NI130')].flags[*].kind")
                        .value(contains("EASED_AFTER_RESULTS", "NO_DECISION")));
        mockMvc.perform(get("/api/indicators/NI130/status/2011-12").param("asOf", "2012-04-20T16:44:59Z")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rag").value("RED"))
                .andExpect(jsonPath("$.flags").doesNotExist());
        mockMvc.perform(get("/api/indicators/NI130/status/2011-12").param("asOf", "2012-04-20T16:45:00Z")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.rag").value("GREEN"))
                .andExpect(jsonPath("$.flags[*].kind").value(contains("EASED_AFTER_RESULTS", "NO_DECISION")));
    }

    @Test
    void theTargetHistoryShowsTheFlagsOnTheRevisionThatRaisedThem() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/targets/2011-12/history").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].flags").doesNotExist())
                .andExpect(jsonPath("$[1].flags[*].kind").value(contains("EASED_AFTER_RESULTS", "NO_DECISION")))
                .andExpect(jsonPath("$[1].flags[1].detail").value(
                        "target revised (12,000 → 9,000) once the year had begun, without a decision reference"));

        byte[] file = mockMvc.perform(get("/api/indicators/NI130/targets/2011-12/history").param("format", "csv")
                        .with(httpBasic("auditor", "auditor")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ExportedFiles.csv(file).rows()).extracting(row -> row.get("flags"))
                .containsExactly("", "EASED_AFTER_RESULTS, NO_DECISION");
    }

    @Test
    void theFlagsExportAsAFileWithTheSameFilters() throws Exception {
        byte[] file = mockMvc.perform(get("/api/scrutiny/flags").param("fy", "2011-12").param("format", "csv")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        Csv csv = ExportedFiles.csv(file);
        assertThat(csv.rows()).extracting(row -> row.get("kind"))
                .containsExactly("LATE_CORRECTION", "NO_DECISION", "EASED_AFTER_RESULTS");
        CSVRecord late = csv.rows().get(0);
        assertThat(late.get("indicatorId")).isEqualTo("PB-KPI2");
        assertThat(late.get("raisedAt")).isEqualTo("2012-06-01T10:00:00Z");
        assertThat(late.get("version")).isEqualTo("4");
        assertThat(late.get("ragBefore")).isEqualTo("RED");
        assertThat(late.get("events")).startsWith(lateCorrection.eventId() + " ");
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() throws Exception {
        mockMvc.perform(get("/api/scrutiny/flags").param("kind", "EASED").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mockMvc.perform(get("/api/scrutiny/flags").param("fy", "2011-13").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fy"));
    }

    @Test
    void onlyAuditorsAndAdminsMayListTheFlags() throws Exception {
        mockMvc.perform(get("/api/scrutiny/flags")).andExpect(status().isUnauthorized());
        mockMvc.perform(get("/api/scrutiny/flags").with(httpBasic("viewer", "viewer"))).andExpect(status().isForbidden());
        mockMvc.perform(get("/api/scrutiny/flags").with(httpBasic("manager", "manager"))).andExpect(status().isForbidden());
        mockMvc.perform(get("/api/scrutiny/flags").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void replayingTheFlagsRebuildsTheSameDocuments() {
        List<Document> before = mongo.findAll(Document.class, ScrutinyFlagDocument.COLLECTION);

        var processor = projections.processor(ProcessingGroups.SCRUTINY);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        projections.awaitCaughtUp(ProcessingGroups.SCRUTINY);

        assertThat(mongo.findAll(Document.class, ScrutinyFlagDocument.COLLECTION))
                .hasSize(4).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aRevisionInYearWithADecisionReferenceRaisesNoFlag() throws Exception {
        mockMvc.perform(get("/api/indicators/BV-OTHER-1/targets/2012-13/history").with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[1].flags[*].kind").value(contains("NO_DECISION")))
                .andExpect(jsonPath("$[2].flags").doesNotExist());
    }
}
