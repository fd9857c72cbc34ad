package io.outturn.query.savings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.ExportedFiles;
import io.outturn.query.testsupport.ExportedFiles.Csv;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.query.web.VersionedAnswer;
import io.outturn.values.Decision;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.ReasonCode;
import io.outturn.values.SavingsProfile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.outturn.query.savings.SeedSavingsProgramme.FY_2011_12;
import static io.outturn.query.savings.SeedSavingsProgramme.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The savings programme read API as a client sees it, with events appended to the event store and projected
 * into MongoDB through the real Axon processors.
 */
class SavingsProgrammeApiTest extends QuerySideIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final LineId ASC_2 = LineId.of("adult-social-care-2");
    private static final Instant CREATED = Instant.parse("2011-03-01T09:00:00Z");
    private static final Instant FIRST_REVISION = Instant.parse("2011-06-01T10:00:00Z");
    private static final Instant SECOND_REVISION = Instant.parse("2011-09-01T10:00:00Z");
    private static final Instant WITHDRAWAL = Instant.parse("2011-12-01T10:00:00Z");

    @Test
    void aViewerReadsTheSeedProgrammeWithThePrintedTotals() throws Exception {
        ProgrammeId id = ProgrammeId.of("seed-001-read");
        seedProgramme(id);
        projections.awaitCaughtUp();

        JsonNode view = body(read(get("/api/savings-programmes/{pid}", id), "viewer")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"54\"")));

        assertThat(view.get("id").asText()).isEqualTo(id.value());
        assertThat(view.get("organisation").asText()).isEqualTo("Nottinghamshire County Council");
        assertThat(view.get("financialYears")).extracting(JsonNode::asText).containsExactly("2011-12", "2012-13", "2013-14");
        assertThat(amount(view.at("/totals/2011-12"))).isEqualByComparingTo("27921000");
        assertThat(amount(view.at("/totals/2012-13"))).isEqualByComparingTo("22929000");
        assertThat(amount(view.at("/totals/2013-14"))).isEqualByComparingTo("9557000");
        assertThat(amount(view.get("totalAllYears"))).isEqualByComparingTo("60407000");
        assertThat(amount(view.get("overallTarget"))).isEqualByComparingTo("63833000");
        assertThat(amount(view.get("gapToOverallTarget"))).isEqualByComparingTo("3426000");
        assertThat(view.get("lines")).hasSize(53);
        assertThat(view.get("version").asLong()).isEqualTo(54);
        JsonNode publicProtection2 = line(view, "public-protection-2");
        assertThat(publicProtection2.fieldNames()).toIterable().containsExactly("lineId", "ref", "title",
                "serviceArea", "profile", "withdrawn", "revisions", "delivery");
        assertThat(publicProtection2.get("ref").asText()).isEqualTo("2");
        assertThat(publicProtection2.get("serviceArea").asText()).isEqualTo("Public Protection");
        assertThat(amount(publicProtection2.at("/profile/2011-12"))).isEqualByComparingTo("520000");
        assertThat(publicProtection2.get("withdrawn").asBoolean()).isFalse();
        assertThat(publicProtection2.get("revisions").asInt()).isZero();
    }

    @Test
    void aRevisionAndAWithdrawalShowInTheTotalsAndTheLinesAndDeliveryShowsTheLatestQuarter() throws Exception {
        ProgrammeId id = ProgrammeId.of("seed-001-changed");
        seedProgramme(id);
        events.because("Homecare restructure slipped a year").append(new SavingsLineRevisedEvent(id, ASC_2,
                profile(1_300_000, 700_000, 0), profile(800_000, 900_000, 300_000), null, null));
        events.because("Income target dropped").append(new SavingsLineWithdrawnEvent(id,
                LineId.of("public-protection-5"), profile(133_000, 98_000, 98_000), null, null));
        events.append(delivery(id, Quarter.Q1, "150000", Rag.GREEN), delivery(id, Quarter.Q2, "280000.50", Rag.AMBER));
        projections.awaitCaughtUp();

        JsonNode view = body(read(get("/api/savings-programmes/{pid}", id), "viewer")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"58\"")));

        assertThat(amount(view.at("/totals/2011-12"))).isEqualByComparingTo("27288000");
        assertThat(amount(view.at("/totals/2012-13"))).isEqualByComparingTo("23031000");
        assertThat(amount(view.at("/totals/2013-14"))).isEqualByComparingTo("9759000");
        assertThat(line(view, "public-protection-5").get("withdrawn").asBoolean()).isTrue();
        JsonNode revised = line(view, ASC_2.value());
        assertThat(revised.get("revisions").asInt()).isEqualTo(1);
        assertThat(revised.at("/delivery/2011-12/quarter").asText()).isEqualTo("Q2");
        assertThat(amount(revised.at("/delivery/2011-12/achievedToDate"))).isEqualByComparingTo("280000.50");
        assertThat(revised.at("/delivery/2011-12/rag").asText()).isEqualTo("AMBER");
    }

    @Test
    void aReadWaitingForTheVersionACommandAnsweredSeesThatVersion() throws Exception {
        ProgrammeId id = ProgrammeId.of("read-your-writes");
        List<Published> published = events.append(created(id), new SavingsLineAddedEvent(id, ASC_2, "2",
                "Reablement & Homecare - service", "Adult Social Care", profile(1_300_000, 700_000, 0), null));
        long commandVersion = published.get(1).version();

        answered(get("/api/savings-programmes/{pid}", id).param("waitForVersion", Long.toString(commandVersion))
                .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(VersionedAnswer.STALE_HEADER))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.lines[0].lineId").value(ASC_2.value()));
    }

    @Test
    void aReadWaitingForAVersionHoldsNoThreadAndIsAnsweredOnceTheProjectionHasIt() throws Exception {
        ProgrammeId id = ProgrammeId.of("async-read");
        events.append(created(id));
        projections.awaitCaughtUp();

        MvcResult waiting = mockMvc.perform(get("/api/savings-programmes/{pid}", id).param("waitForVersion", "2")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(request().asyncStarted())
                .andReturn();
        events.append(new SavingsLineAddedEvent(id, ASC_2, "2", "Reablement & Homecare - service",
                "Adult Social Care", profile(1_300_000, 700_000, 0), null));

        mockMvc.perform(asyncDispatch(waiting))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(VersionedAnswer.STALE_HEADER))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void aReadWaitingForAVersionThatNeverComesAnswersWhatThereIsMarkedStale() throws Exception {
        ProgrammeId id = ProgrammeId.of("stale-read");
        events.append(created(id));
        projections.awaitCaughtUp();

        answered(get("/api/savings-programmes/{pid}", id).param("waitForVersion", "7").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string(VersionedAnswer.STALE_HEADER, "true"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aClientHoldingTheCurrentVersionIsToldNothingChanged() throws Exception {
        ProgrammeId id = ProgrammeId.of("not-modified");
        events.append(created(id));
        projections.awaitCaughtUp();

        read(get("/api/savings-programmes/{pid}", id).header("If-None-Match", "\"1\""), "viewer")
                .andExpect(status().isNotModified());
        events.append(new SavingsLineAddedEvent(id, ASC_2, "2", "Reablement & Homecare - service", "Adult Social Care",
                profile(1_300_000, 700_000, 0), null));
        projections.awaitCaughtUp();
        read(get("/api/savings-programmes/{pid}", id).header("If-None-Match", "\"1\""), "viewer")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void anUnknownProgrammeIsNotFound() throws Exception {
        read(get("/api/savings-programmes/{pid}", "no-such-programme"), "viewer")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
    }

    @Test
    void asOfBetweenTwoRevisionsShowsTheProgrammeAsItThenStood() throws Exception {
        ProgrammeId id = ProgrammeId.of("as-of-programme");
        revisedTwiceThenWithdrawn(id);
        projections.awaitCaughtUp();

        JsonNode then = body(read(get("/api/savings-programmes/{pid}", id).param("asOf", "2011-07-15T00:00:00Z"), "auditor")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\"")));

        assertThat(then.get("version").asLong()).isEqualTo(3);
        assertThat(then.get("lastChangedAt").asText()).isEqualTo(FIRST_REVISION.toString());
        assertThat(line(then, ASC_2.value()).get("revisions").asInt()).isEqualTo(1);
        assertThat(amount(then.at("/totals/2011-12"))).isEqualByComparingTo("1000000");
        assertThat(amount(then.at("/totals/2012-13"))).isEqualByComparingTo("1000000");

        JsonNode now = body(read(get("/api/savings-programmes/{pid}", id), "auditor").andExpect(status().isOk()));
        assertThat(now.get("version").asLong()).isEqualTo(5);
        assertThat(amount(now.at("/totals/2011-12"))).isEqualByComparingTo("0");
    }

    @Test
    void asOfTheInstantOfARevisionIncludesIt() throws Exception {
        ProgrammeId id = ProgrammeId.of("as-of-inclusive");
        revisedTwiceThenWithdrawn(id);
        projections.awaitCaughtUp();

        read(get("/api/savings-programmes/{pid}", id).param("asOf", SECOND_REVISION.toString()), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(4));
    }

    /** As for status cards and targets: "as of 2011-06-01" is the whole of that day, so its revision counts. */
    @Test
    void aBareDateMeansAsAtTheEndOfThatDay() throws Exception {
        ProgrammeId id = ProgrammeId.of("as-of-bare-date");
        revisedTwiceThenWithdrawn(id);
        projections.awaitCaughtUp();

        read(get("/api/savings-programmes/{pid}", id).param("asOf", "2011-06-01"), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.lastChangedAt").value(FIRST_REVISION.toString()));
        read(get("/api/savings-programmes/{pid}", id).param("asOf", " "), "auditor")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void asOfBeforeTheProgrammeWasCreatedIsNotFound() throws Exception {
        ProgrammeId id = ProgrammeId.of("as-of-too-early");
        revisedTwiceThenWithdrawn(id);
        projections.awaitCaughtUp();

        read(get("/api/savings-programmes/{pid}", id).param("asOf", "2011-02-28T23:59:59Z"), "auditor")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
    }

    @Test
    void anAsOfThatIsNotAnInstantIsRejected() throws Exception {
        read(get("/api/savings-programmes/{pid}", "any-programme").param("asOf", "last tuesday"), "auditor")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void aProgrammeOrLineIdThatIsNotOneIsRejectedNamingThePathVariable() throws Exception {
        read(get("/api/savings-programmes/{pid}", "notts!"), "viewer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("pid"));
        read(get("/api/savings-programmes/{pid}", "notts!").param("asOf", SECOND_REVISION.toString()), "auditor")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pid"));
        read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", "notts", "asc-2!"), "auditor")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("lineId"));
    }

    @Test
    void aLinesHistoryListsEachChangeOldestFirstWithWhoAndWhy() throws Exception {
        ProgrammeId id = ProgrammeId.of("history-programme");
        List<Published> published = revisedTwiceThenWithdrawn(id);
        projections.awaitCaughtUp();

        JsonNode history = body(read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", id, ASC_2), "auditor")
                .andExpect(status().isOk()));

        assertThat(history).extracting(change -> change.get("type").asText())
                .containsExactly("ADDED", "REVISED", "REVISED", "WITHDRAWN");
        assertThat(history).extracting(change -> change.get("version").asLong()).containsExactly(2L, 3L, 4L, 5L);
        assertThat(history).extracting(change -> change.get("eventId").asText())
                .containsExactlyElementsOf(published.subList(1, 5).stream().map(Published::eventId).toList());
        JsonNode added = history.get(0);
        assertThat(added.get("previous").isNull()).isTrue();
        assertThat(amount(added.at("/profile/2011-12"))).isEqualByComparingTo("1300000");
        assertThat(added.get("actor").asText()).isEqualTo("manager");
        JsonNode firstRevision = history.get(1);
        assertThat(amount(firstRevision.at("/previous/2011-12"))).isEqualByComparingTo("1300000");
        assertThat(amount(firstRevision.at("/profile/2011-12"))).isEqualByComparingTo("1000000");
        assertThat(firstRevision.get("reason").asText()).isEqualTo("Reablement start moved to July");
        assertThat(firstRevision.get("actor").asText()).isEqualTo("service-director");
        assertThat(firstRevision.get("recordedAt").asText()).isEqualTo(FIRST_REVISION.toString());
        JsonNode withdrawal = history.get(3);
        assertThat(withdrawal.get("profile").isNull()).isTrue();
        assertThat(withdrawal.get("reason").asText()).isEqualTo("Service transferred to health");
    }

    @Test
    void aLinesHistoryExportsOneRowPerChangeAndYearWithExactAmounts() throws Exception {
        ProgrammeId id = ProgrammeId.of("history-export");
        List<Published> published = revisedTwiceThenWithdrawn(id);
        projections.awaitCaughtUp();

        byte[] file = read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", id, ASC_2).param("format", "csv"),
                "auditor")
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"outturn-savings-line-history-history-export-adult-social-care-2.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        Csv csv = ExportedFiles.csv(file);
        assertThat(csv.header()).containsExactly("version", "type", "fy", "previous", "amount", "actor", "reason",
                "reasonCode", "decision", "effectiveFrom", "recordedAt", "eventId");
        assertThat(csv.rows()).hasSize(4 * 3);
        assertThat(csv.rows()).extracting(row -> row.get("type") + " " + row.get("fy") + " " + row.get("previous")
                        + " -> " + row.get("amount"))
                .containsExactly(
                        "ADDED 2011-12  -> 1300000.00", "ADDED 2012-13  -> 700000.00", "ADDED 2013-14  -> 0.00",
                        "REVISED 2011-12 1300000.00 -> 1000000.00", "REVISED 2012-13 700000.00 -> 1000000.00",
                        "REVISED 2013-14 0.00 -> 0.00",
                        "REVISED 2011-12 1000000.00 -> 500000.00", "REVISED 2012-13 1000000.00 -> 1500000.00",
                        "REVISED 2013-14 0.00 -> 0.00",
                        "WITHDRAWN 2011-12 500000.00 -> ", "WITHDRAWN 2012-13 1500000.00 -> ", "WITHDRAWN 2013-14 0.00 -> ");
        assertThat(csv.rows().get(3).get("reason")).isEqualTo("Reablement start moved to July");
        assertThat(csv.rows().get(3).get("actor")).isEqualTo("service-director");
        assertThat(csv.rows().get(3).get("recordedAt")).isEqualTo(FIRST_REVISION.toString());
        assertThat(csv.rows().get(3).get("eventId")).isEqualTo(published.get(2).eventId());

        byte[] workbook = read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", id, ASC_2)
                .header(HttpHeaders.ACCEPT, ExportedFiles.XLSX), "auditor")
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook read = ExportedFiles.workbook(workbook)) {
            Row revised = read.getSheetAt(0).getRow(4);
            assertThat(revised.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(revised.getCell(3).getNumericCellValue()).isEqualTo(1_300_000.0);
            assertThat(revised.getCell(4).getNumericCellValue()).isEqualTo(1_000_000.0);
        }
        read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", id, ASC_2).param("format", "csv"), "viewer")
                .andExpect(status().isForbidden());
    }

    @Test
    void aLinesHistoryShowsEachChangesReasonCodeDecisionAndWhenItTookEffect() throws Exception {
        ProgrammeId id = ProgrammeId.of("history-justified");
        SavingsProfile added = profile(1_300_000, 700_000, 0);
        SavingsProfile rephased = profile(1_300_000, 400_000, 300_000);
        String slipped = "Homecare retender slipped: £300,000 moves into 2013-14";
        String transferred = "Service transferred to health partner";
        events.at(CREATED).append(created(id), new SavingsLineAddedEvent(id, ASC_2, "2",
                "Reablement & Homecare - service", "Adult Social Care", added, Instant.parse("2011-02-01T00:00:00Z")));
        events.because(slipped).at(Instant.parse("2011-12-08T10:00:00Z")).append(new SavingsLineRevisedEvent(id, ASC_2,
                added, rephased, new Justification(ReasonCode.REPHASING, slipped,
                        new Decision("Cabinet 7 December 2011, minute 112", "Cabinet", LocalDate.of(2011, 12, 7), null)),
                Instant.parse("2011-12-07T00:00:00Z")));
        events.because(transferred).at(Instant.parse("2012-04-02T10:00:00Z")).append(new SavingsLineWithdrawnEvent(id,
                ASC_2, rephased, new Justification(ReasonCode.POLICY_CHANGE, transferred, null), null));
        projections.awaitCaughtUp();

        JsonNode history = body(read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", id, ASC_2), "auditor")
                .andExpect(status().isOk()));

        assertThat(history).extracting(change -> change.get("type").asText())
                .containsExactly("ADDED", "REVISED", "WITHDRAWN");
        JsonNode addition = history.get(0);
        assertThat(addition.get("reasonCode").isNull()).isTrue();
        assertThat(addition.get("decision").isNull()).isTrue();
        assertThat(addition.get("effectiveFrom").asText()).isEqualTo("2011-02-01T00:00:00Z");
        JsonNode revision = history.get(1);
        assertThat(revision.get("reason").asText()).isEqualTo(slipped);
        assertThat(revision.get("reasonCode").asText()).isEqualTo("REPHASING");
        assertThat(revision.at("/decision/reference").asText()).isEqualTo("Cabinet 7 December 2011, minute 112");
        assertThat(revision.at("/decision/decidedBy").asText()).isEqualTo("Cabinet");
        assertThat(revision.at("/decision/decidedOn").asText()).isEqualTo("2011-12-07");
        assertThat(revision.get("effectiveFrom").asText()).isEqualTo("2011-12-07T00:00:00Z");
        assertThat(revision.get("recordedAt").asText()).isEqualTo("2011-12-08T10:00:00Z");
        JsonNode withdrawal = history.get(2);
        assertThat(withdrawal.get("reasonCode").asText()).isEqualTo("POLICY_CHANGE");
        assertThat(withdrawal.get("effectiveFrom").asText()).isEqualTo("2012-04-02T10:00:00Z");
    }

    @Test
    void theHistoryOfALineTheProgrammeNeverHadIsNotFound() throws Exception {
        ProgrammeId id = ProgrammeId.of("history-unknown-line");
        revisedTwiceThenWithdrawn(id);
        projections.awaitCaughtUp();

        read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", id, "public-protection-2"), "auditor")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SAVINGS_LINE_NOT_FOUND"));
        read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", "never-created", ASC_2), "auditor")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
    }

    @Test
    void theListShowsProgrammeSummariesAPageAtATime() throws Exception {
        for (String name : List.of("list-a", "list-b", "list-c")) {
            events.append(created(ProgrammeId.of(name)), new SavingsLineAddedEvent(ProgrammeId.of(name), ASC_2, "2",
                    "Reablement & Homecare - service", "Adult Social Care", profile(1_300_000, 700_000, 0), null));
        }
        projections.awaitCaughtUp();

        JsonNode all = body(read(get("/api/savings-programmes").param("size", "500"), "viewer").andExpect(status().isOk()));
        List<String> ids = new ArrayList<>();
        all.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).contains("list-a", "list-b", "list-c").isSorted();
        assertThat(all.get("total").asLong()).isEqualTo(ids.size());
        assertThat(all.get("size").asInt()).isEqualTo(500);

        int positionOfB = ids.indexOf("list-b");
        JsonNode page = body(read(get("/api/savings-programmes")
                .param("page", Integer.toString(positionOfB)).param("size", "1"), "viewer").andExpect(status().isOk()));
        assertThat(page.get("items")).hasSize(1);
        JsonNode b = page.get("items").get(0);
        assertThat(b.get("id").asText()).isEqualTo("list-b");
        assertThat(b.get("title").asText()).isEqualTo("Savings programme list-b");
        assertThat(b.get("organisation").asText()).isEqualTo("Nottinghamshire County Council");
        assertThat(amount(b.at("/totals/2011-12"))).isEqualByComparingTo("1300000");
        assertThat(b.has("lines")).isFalse();
        assertThat(page.get("page").asInt()).isEqualTo(positionOfB);
    }

    @Test
    void aPageSizeAboveFiveHundredIsRejected() throws Exception {
        read(get("/api/savings-programmes").param("size", "501"), "viewer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void aNegativePageIsRejected() throws Exception {
        read(get("/api/savings-programmes").param("page", "-1"), "viewer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    /**
     * Seed 001's programme loaded in 2015 (created on 10 February, its lines in force from the plan's first day),
     * the reablement line's rephasing loaded on 2 March with effect from 1 June 2011: what was in force when, by all
     * that is recorded now, and what had been recorded by a moment.
     */
    @Test
    void inForceAtShowsTheProgrammeAsDecidedThenAndAsOfKeepsItsMeaning() throws Exception {
        ProgrammeId id = ProgrammeId.of("loaded-later");
        loadedLater(id);
        projections.awaitCaughtUp();

        JsonNode beforeTheRephasing = body(read(get("/api/savings-programmes/{pid}", id)
                .param("inForceAt", "2011-05-31"), "viewer")
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\"")));
        assertThat(amount(beforeTheRephasing.at("/totals/2011-12"))).isEqualByComparingTo("1300000");
        assertThat(line(beforeTheRephasing, ASC_2.value()).get("revisions").asInt()).isZero();
        assertThat(beforeTheRephasing.at("/basis/inForceAt").asText()).isEqualTo("2011-05-31T23:59:59.999999999Z");
        assertThat(beforeTheRephasing.at("/basis").has("asOf")).isFalse();

        JsonNode afterTheRephasing = body(read(get("/api/savings-programmes/{pid}", id)
                .param("inForceAt", "2011-06-01"), "viewer").andExpect(status().isOk()));
        assertThat(amount(afterTheRephasing.at("/totals/2011-12"))).isEqualByComparingTo("1000000");
        assertThat(amount(afterTheRephasing.at("/totals/2012-13"))).isEqualByComparingTo("1000000");
        assertThat(line(afterTheRephasing, ASC_2.value()).get("revisions").asInt()).isEqualTo(1);
        assertThat(afterTheRephasing.get("version").asLong()).isEqualTo(3);

        read(get("/api/savings-programmes/{pid}", id).param("asOf", "2015-01-31").param("inForceAt", "2011-06-01"),
                "auditor")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
        JsonNode recordedByFebruary = body(read(get("/api/savings-programmes/{pid}", id).param("asOf", "2015-02-28")
                .param("inForceAt", "2011-06-01"), "auditor").andExpect(status().isOk()));
        assertThat(amount(recordedByFebruary.at("/totals/2011-12"))).isEqualByComparingTo("1300000");
        assertThat(recordedByFebruary.at("/basis/asOf").asText()).isEqualTo("2015-02-28T23:59:59.999999999Z");
        assertThat(recordedByFebruary.at("/basis/inForceAt").asText()).isEqualTo("2011-06-01T23:59:59.999999999Z");

        JsonNode now = body(read(get("/api/savings-programmes/{pid}", id), "viewer").andExpect(status().isOk()));
        assertThat(amount(now.at("/totals/2011-12"))).isEqualByComparingTo("1000000");
        assertThat(now.has("basis")).isFalse();
    }

    @Test
    void aLinesHistoryGivesTheDateEachChangeTookEffect() throws Exception {
        ProgrammeId id = ProgrammeId.of("loaded-later-history");
        loadedLater(id);
        projections.awaitCaughtUp();

        JsonNode history = body(read(get("/api/savings-programmes/{pid}/lines/{lineId}/history", id, ASC_2), "auditor")
                .andExpect(status().isOk()));

        assertThat(history).extracting(change -> change.get("effectiveFrom").asText())
                .containsExactly("2011-04-01T00:00:00Z", "2011-06-01T00:00:00Z");
        assertThat(history).extracting(change -> change.get("recordedAt").asText())
                .containsExactly("2015-02-10T09:01:00Z", "2015-03-02T10:00:00Z");
    }

    @Test
    void anInForceAtThatIsNotAMomentIsRejected() throws Exception {
        read(get("/api/savings-programmes/{pid}", "any-programme").param("inForceAt", "spring 2011"), "viewer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("inForceAt"));
    }

    @Test
    void viewersReadProgrammesButOnlyAuditorsReadThePastAndHistories() throws Exception {
        ProgrammeId id = ProgrammeId.of("role-matrix");
        revisedTwiceThenWithdrawn(id);
        projections.awaitCaughtUp();
        Supplier<MockHttpServletRequestBuilder> current = () -> get("/api/savings-programmes/{pid}", id);
        Supplier<MockHttpServletRequestBuilder> asOf = () -> get("/api/savings-programmes/{pid}", id)
                .param("asOf", SECOND_REVISION.toString());
        Supplier<MockHttpServletRequestBuilder> history = () -> get("/api/savings-programmes/{pid}/lines/{lineId}/history",
                id, ASC_2);
        Supplier<MockHttpServletRequestBuilder> list = () -> get("/api/savings-programmes");
        Supplier<MockHttpServletRequestBuilder> inForceAt = () -> get("/api/savings-programmes/{pid}", id)
                .param("inForceAt", SECOND_REVISION.toString());
        Supplier<MockHttpServletRequestBuilder> asOfInForceAt = () -> get("/api/savings-programmes/{pid}", id)
                .param("asOf", SECOND_REVISION.toString()).param("inForceAt", FIRST_REVISION.toString());

        for (String reader : List.of("viewer", "manager", "auditor", "admin")) {
            read(current.get(), reader).andExpect(status().isOk());
            read(list.get(), reader).andExpect(status().isOk());
            read(inForceAt.get(), reader).andExpect(status().isOk());
        }
        for (String notAnAuditor : List.of("viewer", "manager")) {
            read(asOf.get(), notAnAuditor).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
            read(asOfInForceAt.get(), notAnAuditor).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
            read(history.get(), notAnAuditor).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        for (String auditor : List.of("auditor", "admin")) {
            read(asOf.get(), auditor).andExpect(status().isOk());
            read(asOfInForceAt.get(), auditor).andExpect(status().isOk());
            read(history.get(), auditor).andExpect(status().isOk());
        }
        for (Supplier<MockHttpServletRequestBuilder> anonymous : List.of(current, asOf, history, list, inForceAt,
                asOfInForceAt)) {
            mockMvc.perform(anonymous.get()).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        }
    }

    @Test
    void replayingTheProjectionRebuildsTheSameDocuments() throws Exception {
        ProgrammeId id = ProgrammeId.of("replayed-programme");
        seedProgramme(id);
        revisedTwiceThenWithdrawn(ProgrammeId.of("replayed-revisions"));
        projections.awaitCaughtUp();
        List<Document> before = savingsDocuments();

        StreamingEventProcessor processor = projections.processor(ProcessingGroups.SAVINGS_PROGRAMME);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        projections.awaitCaughtUp(ProcessingGroups.SAVINGS_PROGRAMME);

        assertThat(savingsDocuments()).isEqualTo(before);
        assertThat(before).extracting(d -> d.getString("_id")).contains("replayed-programme", "replayed-revisions");
    }

    private List<Document> savingsDocuments() {
        List<Document> documents = new ArrayList<>();
        mongo.getCollection(SavingsProgrammeDocument.COLLECTION).find().sort(new Document("_id", 1)).into(documents);
        return documents;
    }

    private void seedProgramme(ProgrammeId id) {
        events.at(CREATED).append(SeedSavingsProgramme.created(id));
        events.append(SeedSavingsProgramme.lines(id).toArray(SavingsLineAddedEvent[]::new));
    }

    /**
     * A programme with one line (1,300,000 / 700,000 / 0), revised on 1 June to 1,000,000 / 1,000,000 / 0, on
     * 1 September to 500,000 / 1,500,000 / 0, and withdrawn on 1 December: versions 1 to 5.
     */
    private List<Published> revisedTwiceThenWithdrawn(ProgrammeId id) {
        List<Published> published = new ArrayList<>();
        SavingsProfile added = profile(1_300_000, 700_000, 0);
        SavingsProfile first = profile(1_000_000, 1_000_000, 0);
        SavingsProfile second = profile(500_000, 1_500_000, 0);
        published.addAll(events.at(CREATED).append(created(id), new SavingsLineAddedEvent(id, ASC_2, "2",
                "Reablement & Homecare - service", "Adult Social Care", added, null)));
        published.addAll(events.by("service-director").because("Reablement start moved to July").at(FIRST_REVISION)
                .append(new SavingsLineRevisedEvent(id, ASC_2, added, first, null, null)));
        published.addAll(events.because("Second phase deferred").at(SECOND_REVISION)
                .append(new SavingsLineRevisedEvent(id, ASC_2, first, second, null, null)));
        published.addAll(events.because("Service transferred to health").at(WITHDRAWAL)
                .append(new SavingsLineWithdrawnEvent(id, ASC_2, second, null, null)));
        return published;
    }

    /**
     * Created on 2015-02-10 09:00, the reablement line (1,300,000 / 700,000 / 0) added a minute later in force from
     * 2011-04-01, and revised on 2015-03-02 10:00 to 1,000,000 / 1,000,000 / 0 with effect from 2011-06-01.
     */
    private void loadedLater(ProgrammeId id) {
        SavingsProfile added = profile(1_300_000, 700_000, 0);
        events.at(Instant.parse("2015-02-10T09:00:00Z")).append(created(id), new SavingsLineAddedEvent(id, ASC_2, "2",
                "Reablement & Homecare - service", "Adult Social Care", added, Instant.parse("2011-04-01T00:00:00Z")));
        events.because("Reablement start moved to July").at(Instant.parse("2015-03-02T10:00:00Z"))
                .append(new SavingsLineRevisedEvent(id, ASC_2, added, profile(1_000_000, 1_000_000, 0),
                        new Justification(ReasonCode.REPHASING, "Reablement start moved to July", null),
                        Instant.parse("2011-06-01T00:00:00Z")));
    }

    private static SavingsProgrammeCreatedEvent created(ProgrammeId id) {
        SavingsProgrammeCreatedEvent seed = SeedSavingsProgramme.created(id);
        return new SavingsProgrammeCreatedEvent(id, "Savings programme " + id, seed.organisation(), seed.financialYears(),
                null);
    }

    private static SavingsDeliveryRecordedEvent delivery(ProgrammeId id, Quarter quarter, String achieved, Rag rag) {
        return new SavingsDeliveryRecordedEvent(id, ASC_2, FY_2011_12, quarter, Money.of(achieved), rag, null, null);
    }

    private ResultActions read(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mockMvc.perform(request.with(httpBasic(user, user)));
    }

    private static JsonNode body(ResultActions result) throws Exception {
        MvcResult done = result.andReturn();
        return JSON.readTree(done.getResponse().getContentAsString());
    }

    private static JsonNode line(JsonNode view, String lineId) {
        for (JsonNode line : view.get("lines")) {
            if (line.get("lineId").asText().equals(lineId)) {
                return line;
            }
        }
        throw new AssertionError("no line " + lineId + " in " + view);
    }

    private static BigDecimal amount(JsonNode node) {
        assertThat(node.isNumber()).as("%s is a JSON number", node).isTrue();
        return node.decimalValue();
    }

    @Test
    void aPageNumberWhoseFirstProgrammeWouldOverflowIsRefusedAndOneBeyondTheLastIsEmpty() throws Exception {
        read(get("/api/savings-programmes").param("page", "2147483647").param("size", "500"), "viewer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        read(get("/api/savings-programmes").param("page", "4294967").param("size", "500"), "viewer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
    }
}
