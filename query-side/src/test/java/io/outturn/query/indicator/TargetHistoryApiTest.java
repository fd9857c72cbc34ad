package io.outturn.query.indicator;

import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.ExportedFiles;
import io.outturn.query.testsupport.ExportedFiles.Csv;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.Decision;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;
import io.outturn.values.Target;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/indicators/{id}/targets/{fy}/history}: every version of a target, who, why and when, and since
 * revision 2 of the events the reason code, the decision and when the organisation adopted it. NI130-CABINET is the
 * example of README and API.md: the plan's 12,000 for 2011-12, effective from the budget agreed in February 2011,
 * rebaselined by Cabinet on 12 March 2011, minute 45, and its 2012-13 target withdrawn by policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetHistoryApiTest extends QuerySideIntegrationTest {

    private static final IndicatorId NI130_CABINET = IndicatorId.of("NI130-CABINET");
    private static final Instant PLAN_APPROVED = Instant.parse("2011-02-01T00:00:00Z");
    private static final Instant CABINET_MET = Instant.parse("2011-03-12T00:00:00Z");
    private static final Instant PLAN_RECORDED = Instant.parse("2011-03-01T09:00:00Z");
    private static final Instant REBASELINE_RECORDED = Instant.parse("2011-03-14T10:00:00Z");
    private static final Instant WITHDRAWAL_RECORDED = Instant.parse("2012-03-20T15:00:00Z");
    private static final String REBASELINED = "Rebaselined: personal budgets for everyone eligible by 2013";
    private static final String ABOLISHED = "National indicator set abolished";
    private static final Decision CABINET_MINUTE_45 = new Decision("Cabinet 12 March 2011, minute 45", "Cabinet",
            LocalDate.of(2011, 3, 12), null);

    private List<Published> history;

    @BeforeAll
    void publishNi130() {
        history = Ni130Revisions.publish(events, IndicatorId.of("NI130"));
        publishNi130RebaselinedByCabinet();
        projections.awaitCaughtUp(ProcessingGroups.AUDIT_LOG);
    }

    private void publishNi130RebaselinedByCabinet() {
        Target twelveThousand = Ni130Revisions.TWELVE_THOUSAND;
        Target thirteenThousand = new Target.AtLeast(new BigDecimal("13000"), true);
        events.at(PLAN_RECORDED).append(ni130Defined(NI130_CABINET),
                new TargetSetEvent(NI130_CABINET, FY_2011_12, twelveThousand, "12,000", null, null, null,
                        PLAN_APPROVED, null),
                new TargetSetEvent(NI130_CABINET, FY_2012_13, Ni130Revisions.FOURTEEN_THOUSAND, "14,000", null, null,
                        null, null, null));
        events.at(REBASELINE_RECORDED).because(REBASELINED).append(new TargetSetEvent(NI130_CABINET, FY_2011_12,
                thirteenThousand, "13,000", twelveThousand, "12,000",
                new Justification(ReasonCode.REBASELINE, REBASELINED, CABINET_MINUTE_45), CABINET_MET, null));
        events.at(WITHDRAWAL_RECORDED).because(ABOLISHED).append(new TargetWithdrawnEvent(NI130_CABINET, FY_2012_13,
                Ni130Revisions.FOURTEEN_THOUSAND, "14,000", new Justification(ReasonCode.POLICY_CHANGE, ABOLISHED, null),
                null));
    }

    @Test
    void eachVersionShowsItsReasonCodeTheDecisionAndWhenItTookEffect() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130-CABINET/targets/2011-12/history")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].printed").value("12,000"))
                .andExpect(jsonPath("$[0].reasonCode").value(nullValue()))
                .andExpect(jsonPath("$[0].decision").value(nullValue()))
                .andExpect(jsonPath("$[0].effectiveFrom").value("2011-02-01T00:00:00Z"))
                .andExpect(jsonPath("$[0].recordedAt").value("2011-03-01T09:01:00Z"))
                .andExpect(jsonPath("$[1].printed").value("13,000"))
                .andExpect(jsonPath("$[1].previousPrinted").value("12,000"))
                .andExpect(jsonPath("$[1].reason").value(REBASELINED))
                .andExpect(jsonPath("$[1].reasonCode").value("REBASELINE"))
                .andExpect(jsonPath("$[1].decision.reference").value("Cabinet 12 March 2011, minute 45"))
                .andExpect(jsonPath("$[1].decision.decidedBy").value("Cabinet"))
                .andExpect(jsonPath("$[1].decision.decidedOn").value("2011-03-12"))
                .andExpect(jsonPath("$[1].effectiveFrom").value("2011-03-12T00:00:00Z"))
                .andExpect(jsonPath("$[1].recordedAt").value("2011-03-14T10:00:00Z"));
    }

    @Test
    void aWithdrawalShowsItsReasonCodeAndTookEffectWhenRecordedUnlessItSaysOtherwise() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130-CABINET/targets/2012-13/history")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].effectiveFrom").value("2011-03-01T09:02:00Z"))
                .andExpect(jsonPath("$[1].withdrawn").value(true))
                .andExpect(jsonPath("$[1].reason").value(ABOLISHED))
                .andExpect(jsonPath("$[1].reasonCode").value("POLICY_CHANGE"))
                .andExpect(jsonPath("$[1].decision").value(nullValue()))
                .andExpect(jsonPath("$[1].effectiveFrom").value("2012-03-20T15:00:00Z"));
    }

    @Test
    void aVersionRecordedBeforeReasonCodesAndEffectiveDatesTookEffectWhenRecorded() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/targets/2011-12/history").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].effectiveFrom").value("2011-04-05T10:01:00Z"))
                .andExpect(jsonPath("$[1].reasonCode").value(nullValue()))
                .andExpect(jsonPath("$[1].effectiveFrom").value("2011-09-01T11:00:00Z"));
    }

    @Test
    void theHistoryListsEveryVersionOfTheTargetWithActorReasonAndTime() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/targets/2011-12/history").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].target.kind").value("AT_LEAST"))
                .andExpect(jsonPath("$[0].target.value").value(12000))
                .andExpect(jsonPath("$[0].target.inclusive").value(true))
                .andExpect(jsonPath("$[0].printed").value("12,000"))
                .andExpect(jsonPath("$[0].previous").value(nullValue()))
                .andExpect(jsonPath("$[0].actor").value("manager"))
                .andExpect(jsonPath("$[0].reason").value(nullValue()))
                .andExpect(jsonPath("$[0].recordedAt").value("2011-04-05T10:01:00Z"))
                .andExpect(jsonPath("$[0].eventId").value(history.get(1).eventId()))
                .andExpect(jsonPath("$[0].withdrawn").value(false))
                .andExpect(jsonPath("$[1].version").value(5))
                .andExpect(jsonPath("$[1].target.value").value(12500))
                .andExpect(jsonPath("$[1].printed").value("12,500"))
                .andExpect(jsonPath("$[1].previous.value").value(12000))
                .andExpect(jsonPath("$[1].previousPrinted").value("12,000"))
                .andExpect(jsonPath("$[1].actor").value("manager"))
                .andExpect(jsonPath("$[1].reason").value(Ni130Revisions.STRETCH))
                .andExpect(jsonPath("$[1].recordedAt").value("2011-09-01T11:00:00Z"))
                .andExpect(jsonPath("$[1].eventId").value(history.get(4).eventId()));
    }

    @Test
    void aWithdrawalIsPartOfTheHistory() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/targets/2012-13/history").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].version").value(3))
                .andExpect(jsonPath("$[0].target.value").value(14000))
                .andExpect(jsonPath("$[1].version").value(7))
                .andExpect(jsonPath("$[1].withdrawn").value(true))
                .andExpect(jsonPath("$[1].target").value(nullValue()))
                .andExpect(jsonPath("$[1].previous.value").value(14000))
                .andExpect(jsonPath("$[1].actor").value("admin"))
                .andExpect(jsonPath("$[1].reason").value(Ni130Revisions.SUPERSEDED))
                .andExpect(jsonPath("$[1].recordedAt").value("2012-03-20T15:00:00Z"));
    }

    @Test
    void aYearWithoutTargetsHasAnEmptyHistory() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/targets/2013-14/history").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theHistoryExportsAsCsvWithEachTargetSpreadOverTheColumnsOfItsKind() throws Exception {
        byte[] file = mockMvc.perform(get("/api/indicators/NI130/targets/2011-12/history").param("format", "csv")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportedFiles.CSV))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"outturn-target-history-NI130-2011-12.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        Csv csv = ExportedFiles.csv(file);
        assertThat(csv.header()).containsExactly("version", "withdrawn", "kind", "value", "inclusive", "low", "high",
                "changePercent", "changeAbsolute", "reference", "description", "printed", "previousKind",
                "previousValue", "previousInclusive", "previousLow", "previousHigh", "previousChangePercent",
                "previousChangeAbsolute", "previousReference", "previousDescription", "previousPrinted", "actor",
                "reason", "reasonCode", "decision", "effectiveFrom", "recordedAt", "eventId", "flags", "proposalId",
                "proposedBy", "proposedAt", "approvedBy", "approvedAt");
        assertThat(csv.rows()).hasSize(2);
        CSVRecord revision = csv.rows().get(1);
        assertThat(revision.get("version")).isEqualTo("5");
        assertThat(revision.get("withdrawn")).isEqualTo("false");
        assertThat(revision.get("kind")).isEqualTo("AT_LEAST");
        assertThat(revision.get("value")).isEqualTo("12500");
        assertThat(revision.get("inclusive")).isEqualTo("true");
        assertThat(revision.get("low")).isEmpty();
        assertThat(revision.get("printed")).isEqualTo("12,500");
        assertThat(revision.get("previousValue")).isEqualTo("12000");
        assertThat(revision.get("previousPrinted")).isEqualTo("12,000");
        assertThat(revision.get("reason")).isEqualTo(Ni130Revisions.STRETCH);
        assertThat(revision.get("recordedAt")).isEqualTo("2011-09-01T11:00:00Z");
        assertThat(revision.get("eventId")).isEqualTo(history.get(4).eventId());
    }

    @Test
    void aWithdrawalExportsAsAWorkbookRowWithOnlyThePreviousTarget() throws Exception {
        byte[] file = mockMvc.perform(get("/api/indicators/NI130/targets/2012-13/history")
                        .header(HttpHeaders.ACCEPT, ExportedFiles.XLSX).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportedFiles.XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = ExportedFiles.workbook(file)) {
            Row withdrawal = workbook.getSheetAt(0).getRow(2);
            assertThat(withdrawal.getCell(0).getNumericCellValue()).isEqualTo(7.0);
            assertThat(withdrawal.getCell(1).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(withdrawal.getCell(1).getBooleanCellValue()).isTrue();
            assertThat(withdrawal.getCell(2)).as("no kind: nothing was set").isNull();
            assertThat(withdrawal.getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(withdrawal.getCell(13).getNumericCellValue()).isEqualTo(14000.0);
            assertThat(withdrawal.getCell(22).getStringCellValue()).isEqualTo("admin");
        }
    }

    @Test
    void theHistoryOfAnIndicatorWithNoEventsIsNotFound() throws Exception {
        mockMvc.perform(get("/api/indicators/NI999/targets/2011-12/history").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
    }

    @Test
    void aYearThatIsNotAFinancialYearIsRejected() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130/targets/2011-13/history").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("fy"));
    }

    @Test
    void onlyAuditorsAndAdminsMayReadTheHistory() throws Exception {
        String path = "/api/indicators/NI130/targets/2011-12/history";
        mockMvc.perform(get(path)).andExpect(status().isUnauthorized());
        mockMvc.perform(get(path).with(httpBasic("viewer", "viewer")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mockMvc.perform(get(path).with(httpBasic("auditor", "auditor"))).andExpect(status().isOk());
        mockMvc.perform(get(path).with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }
}
