package io.outturn.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.query.testsupport.Seed001;
import io.outturn.query.web.RequestValues;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.ReasonCode;
import io.outturn.values.SavingsProfile;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/audit} through the real wiring: events into the event store, the audit-log processor, MongoDB.
 * A search for one aggregate is answered from the event store, any other from {@code audit_log}; the two must
 * answer the same items.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest extends QuerySideIntegrationTest {

    private static final String NI130 = "NI130";
    private static final Instant REASSESSMENTS_DEFINED_AT = Instant.parse("2011-05-01T12:00:00.000000500Z");
    private static final Instant NOTTS_CREATED_AT = Instant.parse("2011-06-01T09:00:00Z");
    private static final ProgrammeId NOTTS = ProgrammeId.of("notts-asch-pp-2011-14");
    private static final LineId MEALS = LineId.of("adult-social-care-1a");

    @Autowired
    private AuditTrail auditTrail;
    @Autowired
    private ObjectMapper objectMapper;

    private List<Published> history;

    @BeforeAll
    void publishNi130() {
        history = Ni130Revisions.publish(events, IndicatorId.of(NI130));
        // Recorded with sub-millisecond precision, as a command side's clock may give it.
        events.at(REASSESSMENTS_DEFINED_AT).append(Seed001.reassessmentsDefined(IndicatorId.of("PB-KPI2")));
        publishNottsProgramme();
        projections.awaitCaughtUp(ProcessingGroups.AUDIT_LOG);
    }

    @Test
    void anAuditorPagesThroughAnIndicatorsEventsNewestFirst() throws Exception {
        mockMvc.perform(get("/api/audit").param("aggregateId", NI130).param("size", "3")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.items[*].sequence", contains(6, 5, 4)))
                .andExpect(jsonPath("$.items[0].type").value("TargetWithdrawnEvent"))
                .andExpect(jsonPath("$.items[0].eventId").value(history.get(6).eventId()))
                .andExpect(jsonPath("$.items[0].recordedAt").value("2012-03-20T15:00:00Z"))
                .andExpect(jsonPath("$.items[0].actor").value("admin"))
                .andExpect(jsonPath("$.items[0].reason").value(Ni130Revisions.SUPERSEDED))
                .andExpect(jsonPath("$.items[0].source").value("api"))
                .andExpect(jsonPath("$.items[0].correlationId").value(history.get(6).metaData().get("correlationId")))
                .andExpect(jsonPath("$.items[0].payload.previous.value").value(14000));

        mockMvc.perform(get("/api/audit").param("aggregateId", NI130).param("size", "3").param("page", "2")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items[*].sequence", contains(0)))
                .andExpect(jsonPath("$.items[0].type").value("IndicatorDefinedEvent"))
                .andExpect(jsonPath("$.items[0].source").value("import:" + Ni130Revisions.PLAN_SHA_256))
                .andExpect(jsonPath("$.items[0].payload.baseline.value").value(7000));
    }

    @Test
    void withoutFiltersEveryAggregatesEventsAreListed() throws Exception {
        mockMvc.perform(get("/api/audit").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(11))
                .andExpect(jsonPath("$.size").value(RequestValues.DEFAULT_PAGE_SIZE))
                .andExpect(jsonPath("$.items", hasSize(11)));
    }

    @Test
    void theRevisionShowsWhoRevisedTheTargetWhyAndFromWhatToWhat() throws Exception {
        mockMvc.perform(get("/api/audit").param("aggregateId", NI130).param("type", "TargetSetEvent")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].sequence").value(4))
                .andExpect(jsonPath("$.items[0].version").value(5))
                .andExpect(jsonPath("$.items[0].actor").value("manager"))
                .andExpect(jsonPath("$.items[0].reason").value(Ni130Revisions.STRETCH))
                .andExpect(jsonPath("$.items[0].recordedAt").value("2011-09-01T11:00:00Z"))
                .andExpect(jsonPath("$.items[0].payload.target.kind").value("AT_LEAST"))
                .andExpect(jsonPath("$.items[0].payload.target.value").value(12500))
                .andExpect(jsonPath("$.items[0].payload.printed").value("12,500"))
                .andExpect(jsonPath("$.items[0].payload.previous.value").value(12000))
                .andExpect(jsonPath("$.items[0].payload.previousPrinted").value("12,000"));
    }

    @Test
    void filteringByActorListsOnlyThatActorsEvents() throws Exception {
        mockMvc.perform(get("/api/audit").param("actor", "admin").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].type").value("TargetWithdrawnEvent"));
    }

    @Test
    void eachItemShowsTheReasonCodeOfItsChange() throws Exception {
        mockMvc.perform(get("/api/audit").param("aggregateId", NOTTS.value()).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].type").value("SavingsLineRevisedEvent"))
                .andExpect(jsonPath("$.items[0].reasonCode").value("REPHASING"))
                .andExpect(jsonPath("$.items[1].type").value("SavingsLineAddedEvent"))
                .andExpect(jsonPath("$.items[1].reasonCode").value(nullValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REPHASING", "rephasing"})
    void filteringByReasonCodeListsOnlyTheChangesWithThatCode(String reasonCode) throws Exception {
        mockMvc.perform(get("/api/audit").param("reasonCode", reasonCode).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].type").value("SavingsLineRevisedEvent"))
                .andExpect(jsonPath("$.items[0].aggregateId").value(NOTTS.value()))
                .andExpect(jsonPath("$.items[0].reasonCode").value("REPHASING"));
        mockMvc.perform(get("/api/audit").param("reasonCode", "REBASELINE").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anUnknownReasonCodeIsRejectedNamingTheParameterAndTheCodes() throws Exception {
        mockMvc.perform(get("/api/audit").param("reasonCode", "WHIM").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("reasonCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("REBASELINE, POLICY_CHANGE")));
    }

    @Test
    void filteringByTransactionTimeListsTheEventsRecordedInTheWindow() throws Exception {
        mockMvc.perform(get("/api/audit").param("from", "2011-07-01T00:00:00Z").param("to", "2011-10-31T23:59:59Z")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].type",
                        contains("ActualRecordedEvent", "TargetSetEvent", "ActualRecordedEvent")));

        mockMvc.perform(get("/api/audit").param("to", "2011-04-05T10:00:00Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].type").value("IndicatorDefinedEvent"))
                .andExpect(jsonPath("$.items[0].aggregateId").value(NI130));
    }

    @Test
    void aTransactionTimeWindowIsExactToTheNanosecond() throws Exception {
        mockMvc.perform(get("/api/audit").param("from", "2011-05-01T12:00:00.000000500Z")
                        .param("to", "2011-05-01T12:00:00.000000500Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].aggregateId").value("PB-KPI2"))
                .andExpect(jsonPath("$.items[0].recordedAt").value("2011-05-01T12:00:00.000000500Z"));
        mockMvc.perform(get("/api/audit").param("from", "2011-05-01T12:00:00.000000501Z")
                        .param("to", "2011-05-01T12:00:01Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mockMvc.perform(get("/api/audit").param("from", "2011-05-01T12:00:00Z")
                        .param("to", "2011-05-01T12:00:00.000000499Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"$ne\": null}", ".*", "{\"$gt\": \"\"}", "NI.*", "/.*/"})
    void filterValuesThatLookLikeOperatorsOrPatternsAreTakenLiterally(String value) throws Exception {
        for (String filter : List.of("aggregateId", "actor", "type")) {
            mockMvc.perform(get("/api/audit").param(filter, value).with(httpBasic("auditor", "auditor")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0))
                    .andExpect(jsonPath("$.items", hasSize(0)));
        }
    }

    @Test
    void anUnreadableMomentIsRejectedNamingTheParameter() throws Exception {
        mockMvc.perform(get("/api/audit").param("from", "last tuesday").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mockMvc.perform(get("/api/audit").param("to", "2011-13-45").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void aPageOfMoreThan500IsRejectedAnd500IsAllowed() throws Exception {
        mockMvc.perform(get("/api/audit").param("size", "501").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mockMvc.perform(get("/api/audit").param("size", "500").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(500));
        mockMvc.perform(get("/api/audit").param("page", "-1").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void onlyAuditorsAndAdminsMayReadTheAuditLog() throws Exception {
        mockMvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        mockMvc.perform(get("/api/audit").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mockMvc.perform(get("/api/audit").with(httpBasic("manager", "manager"))).andExpect(status().isForbidden());
        mockMvc.perform(get("/api/audit").with(httpBasic("auditor", "auditor"))).andExpect(status().isOk());
        mockMvc.perform(get("/api/audit").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void measuredValuesAreStoredAsExactDecimals() {
        Document revision = mongo.findById(history.get(4).eventId(), Document.class, AuditEntry.COLLECTION);

        assertThat(revision).isNotNull();
        assertThat(revision.getString("type")).isEqualTo("TargetSetEvent");
        assertThat(revision.getString("payloadType")).isEqualTo("io.outturn.events.TargetSetEvent");
        assertThat(revision.getString("aggregateType")).isEqualTo("Indicator");
        assertThat(revision.getString("fy")).isEqualTo("2011-12");
        assertThat(revision.get("payload", Document.class).get("target", Document.class).get("value"))
                .isEqualTo(new Decimal128(new BigDecimal("12500")));
    }

    @Test
    void replayingTheAuditLogRebuildsTheSameDocuments() {
        List<Document> before = mongo.findAll(Document.class, AuditEntry.COLLECTION);

        var processor = projections.processor(ProcessingGroups.AUDIT_LOG);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        projections.awaitCaughtUp(ProcessingGroups.AUDIT_LOG);

        List<Document> after = mongo.findAll(Document.class, AuditEntry.COLLECTION);
        assertThat(after).hasSize(11).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aSearchByAggregateAnswersFromTheEventStoreTheSameItemsAsTheAuditLog() {
        List<AuditSearch> searches = List.of(
                search(NI130, null, null, null, null, 0, 50),
                search(NI130, null, null, null, null, 0, 3),
                search(NI130, null, null, null, null, 2, 3),
                search(NI130, null, "TargetSetEvent", null, null, 0, 50),
                search(NI130, "admin", null, null, null, 0, 50),
                search(NI130, null, null, "2011-07-01T00:00:00Z", "2011-10-31T23:59:59Z", 0, 50),
                search("PB-KPI2", null, null,
                        "2011-05-01T12:00:00.000000500Z", "2011-05-01T12:00:00.000000500Z", 0, 50),
                search(NOTTS.value(), null, null, null, null, 0, 50),
                search(NOTTS.value(), "manager", "SavingsLineRevisedEvent", null, null, 0, 50),
                search(NOTTS.value(), ReasonCode.REPHASING));

        for (AuditSearch search : searches) {
            AuditPage fromAuditLog = auditTrail.fromAuditLog(search);

            assertThat(fromAuditLog.items()).as("%s finds events", search).isNotEmpty();
            assertThat(auditTrail.fromEventStore(search)).as("%s", search).isEqualTo(fromAuditLog);
        }
    }

    @Test
    void aSearchByAggregateThatMatchesNothingIsEmptyBothWays() {
        for (AuditSearch search : List.of(search("NI999", null, null, null, null, 0, 50),
                search(NI130, "nobody", null, null, null, 0, 50),
                search(NI130, null, null, null, null, 3, 3),
                search(NI130, ReasonCode.REBASELINE))) {
            assertThat(auditTrail.fromEventStore(search)).as("%s", search).isEqualTo(auditTrail.fromAuditLog(search));
        }
        assertThat(auditTrail.fromEventStore(search(NI130, null, null, null, null, 3, 3)).total()).isEqualTo(7);
    }

    @Test
    void theAuditApiForOneAggregateShowsExactlyWhatTheAuditLogHolds() throws Exception {
        String answered = mockMvc.perform(get("/api/audit").param("aggregateId", NOTTS.value())
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].reason").value("charges agreed later in the year"))
                .andExpect(jsonPath("$.items[0].payload.profile['2011-12']").value(350000.0))
                .andReturn().getResponse().getContentAsString();

        String fromAuditLog = objectMapper.writeValueAsString(
                auditTrail.fromAuditLog(search(NOTTS.value(), null, null, null, null, 0, 50)));
        assertThat(answered).isEqualTo(fromAuditLog);
    }

    private static AuditSearch search(String aggregateId, String actor, String type, String from, String to,
                                      int page, int size) {
        return new AuditSearch(aggregateId, actor, type, null, from == null ? null : Instant.parse(from),
                to == null ? null : Instant.parse(to), page, size);
    }

    private static AuditSearch search(String aggregateId, ReasonCode reasonCode) {
        return new AuditSearch(aggregateId, null, null, reasonCode, null, null, 0, 50);
    }

    /**
     * Seed 001's savings programme, created with one line that is then revised (figures in £000, as printed): the
     * revision moves £50,000 from 2011-12 into 2012-13, so it is rephasing.
     */
    private void publishNottsProgramme() {
        TreeMap<FinancialYear, Money> printed = new TreeMap<>();
        printed.put(Seed001.FY_2011_12, Money.ofThousands(new BigDecimal("400")));
        printed.put(Seed001.FY_2012_13, Money.ofThousands(new BigDecimal("251")));
        printed.put(Seed001.FY_2013_14, Money.ofThousands(new BigDecimal("0")));
        TreeMap<FinancialYear, Money> revised = new TreeMap<>(printed);
        revised.put(Seed001.FY_2011_12, Money.ofThousands(new BigDecimal("350")));
        revised.put(Seed001.FY_2012_13, Money.ofThousands(new BigDecimal("301")));
        events.at(NOTTS_CREATED_AT).by("manager").append(
                new SavingsProgrammeCreatedEvent(NOTTS,
                        "Adult Social Care, Health and Public Protection savings and efficiencies 2011-14",
                        "Nottinghamshire County Council",
                        List.of(Seed001.FY_2011_12, Seed001.FY_2012_13, Seed001.FY_2013_14), Money.of("63833000")),
                new SavingsLineAddedEvent(NOTTS, MEALS, "1a",
                        "Increased charges - Meals & Impact of Day Service charge with new personal budgets",
                        "Adult Social Care", new SavingsProfile(printed), null));
        events.by("manager").because("charges agreed later in the year").append(
                new SavingsLineRevisedEvent(NOTTS, MEALS, new SavingsProfile(printed), new SavingsProfile(revised),
                        new Justification(ReasonCode.REPHASING, "charges agreed later in the year", null), null));
    }
}
