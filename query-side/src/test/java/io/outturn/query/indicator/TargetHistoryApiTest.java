package io.outturn.query.indicator;

import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.ExportedFiles;
import io.outturn.query.testsupport.ExportedFiles.Csv;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/indicators/{id}/targets/{fy}/history}: every version of a target, who, why and when. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetHistoryApiTest extends QuerySideIntegrationTest {

    private List<Published> history;

    @BeforeAll
    void publishNi130() {
        history = Ni130Revisions.publish(events, IndicatorId.of("NI130"));
        projections.awaitCaughtUp(ProcessingGroups.AUDIT_LOG);
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
                "reason", "recordedAt", "eventId", "flags");
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
