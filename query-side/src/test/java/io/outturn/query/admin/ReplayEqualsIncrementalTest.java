package io.outturn.query.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.TargetRevisionApprovedEvent;
import io.outturn.events.TargetRevisionProposedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.ProposalId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.SavingsProfile;
import io.outturn.values.Target;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.FY_2013_14;
import static io.outturn.query.testsupport.Seed001.ORGANISATION;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.amended;
import static io.outturn.query.testsupport.Seed001.assessed;
import static io.outturn.query.testsupport.Seed001.carersPbDefined;
import static io.outturn.query.testsupport.Seed001.carersRasDefined;
import static io.outturn.query.testsupport.Seed001.carersRasMilestone;
import static io.outturn.query.testsupport.Seed001.corrected;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static io.outturn.query.testsupport.Seed001.reassessmentsDefined;
import static io.outturn.query.testsupport.Seed001.reassessmentsTarget;
import static io.outturn.query.testsupport.Seed001.revisedTarget;
import static io.outturn.query.testsupport.Seed001.tbc;
import static io.outturn.query.testsupport.Seed001.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Read models built event by event must be exactly what a replay from the first event builds. Also the
 * operator's view of the projections and who may replay them.
 */
class ReplayEqualsIncrementalTest extends QuerySideIntegrationTest {

    private static final List<String> READ_MODELS =
            List.of("kpi_status", "kpi_indicator_state", "year_on_year", "audit_log", "savings_programme",
                    "scrutiny_flags", "scrutiny_indicator_state", "target_proposals");

    @Autowired
    private MeterRegistry meters;

    /** Seed 001's indicators and savings programme, with the revisions and corrections a year brings. */
    private void aYearOfSeed001() {
        IndicatorId ni130 = IndicatorId.of("NI130");
        IndicatorDefinedEvent ni130Defined = ni130Defined(ni130);
        events.append(ni130Defined, ni130Target(ni130, FY_2011_12), ni130Target(ni130, FY_2012_13));
        events.append(actual(ni130, FY_2011_12, Quarter.Q1, "8200"), actual(ni130, FY_2011_12, Quarter.Q2, "9400"));
        events.by("manager").because("Q2 return restated after data cleanse")
                .append(corrected(ni130, FY_2011_12, Quarter.Q2, "9350", "9400", "data cleanse"));
        events.append(actual(ni130, FY_2011_12, Quarter.Q3, "11500"), actual(ni130, FY_2011_12, Quarter.Q4, "12300"));
        events.because("Cabinet agreed a stretch target")
                .append(revisedTarget(ni130, FY_2012_13, new Target.AtLeast(new BigDecimal("14500"), true), "14,500",
                        new Target.AtLeast(new BigDecimal("14000"), true), "14,000"));
        events.because("Lead officer role renamed")
                .append(amended(ni130Defined, "Number of people on a personal budget", BigDecimal.TEN));
        events.append(actual(ni130, FY_2012_13, Quarter.Q1, "12800"));
        // After the year's results: 12,000 lowered to 9,000 with the reason "x", and Q4 restated after its deadline.
        events.at(Instant.parse("2012-04-20T16:45:00Z")).because("x")
                .append(revisedTarget(ni130, FY_2011_12, new Target.AtLeast(new BigDecimal("9000"), true), "9,000",
                        new Target.AtLeast(new BigDecimal("12000"), true), "12,000"));
        events.because("Late return from the provider")
                .append(corrected(ni130, FY_2011_12, Quarter.Q4, "12250", "12300", "late return"));
        // 2012-13's 14,500 proposed lowered to 13,000, approved by a second person; then 12,000 proposed and waiting.
        Target stretch = new Target.AtLeast(new BigDecimal("14500"), true);
        Target lowered = new Target.AtLeast(new BigDecimal("13000"), true);
        Justification why = Justification.other("Demand fell after the eligibility review");
        events.by("manager").because(why.reason()).append(new TargetRevisionProposedEvent(ni130, FY_2012_13,
                ProposalId.of("p-1"), lowered, "13,000", stretch, "14,500", why, null));
        events.by("approver").because(why.reason()).append(
                new TargetRevisionApprovedEvent(ni130, FY_2012_13, ProposalId.of("p-1")),
                new TargetSetEvent(ni130, FY_2012_13, lowered, "13,000", stretch, "14,500", why, null,
                        ProposalId.of("p-1")));
        events.by("manager").because(why.reason()).append(new TargetRevisionProposedEvent(ni130, FY_2012_13,
                ProposalId.of("p-2"), new Target.AtLeast(new BigDecimal("12000"), true), "12,000", lowered, "13,000",
                why, null));

        IndicatorId reassessments = IndicatorId.of("PB-KPI2");
        events.append(reassessmentsDefined(reassessments), reassessmentsTarget(reassessments),
                actual(reassessments, FY_2011_12, Quarter.Q1, "900"), actual(reassessments, FY_2011_12, Quarter.Q2, "1100"),
                actual(reassessments, FY_2011_12, Quarter.Q3, "950"));

        IndicatorId ras = IndicatorId.of("CarersPB-KPI1");
        events.append(carersRasDefined(ras), carersRasMilestone(ras),
                assessed(ras, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, null));
        events.append(assessed(ras, FY_2011_12, Assessment.ACHIEVED, Assessment.PARTIALLY_ACHIEVED));

        IndicatorId carers = IndicatorId.of("CarersPB-KPI2");
        events.append(carersPbDefined(carers), tbc(carers, FY_2011_12), tbc(carers, FY_2012_13), tbc(carers, FY_2013_14));
        events.because("No longer measured separately").append(withdrawn(carers, FY_2013_14, new Target.ToBeConfirmed(), "tbc"));

        ProgrammeId programme = ProgrammeId.of("ASCHPP-2011-14");
        events.append(new SavingsProgrammeCreatedEvent(programme, "Savings and efficiencies 2011-14", ORGANISATION,
                List.of(FY_2011_12, FY_2012_13, FY_2013_14, FinancialYear.parse("2014-15")), Money.of("63833000")));
        events.append(line(programme, "asc-1a", "1a", "Increased charges - Meals & Impact of Day Service charge with new personal budgets",
                        "Adult Social Care", "400", "251", "0"),
                line(programme, "asc-2", "2", "Reablement & Homecare - service", "Adult Social Care", "1300", "700", "0"),
                line(programme, "asc-4", "4", "Review of Day Services", "Adult Social Care", "600", "2434", "3035"),
                line(programme, "pp-2", "2", "Trading Standards – Staffing reductions", "Public Protection", "520", "0", "0"),
                line(programme, "pp-5", "5", "Registration Service - Income", "Public Protection", "133", "98", "98"));
        events.because("Day services review re-phased").append(new SavingsLineRevisedEvent(programme, LineId.of("asc-4"),
                profile("600", "2434", "3035"), profile("400", "2634", "3035"), null, null));
        events.because("Charge not introduced").append(new SavingsLineWithdrawnEvent(programme, LineId.of("pp-5"),
                profile("133", "98", "98"), null, null));
        events.append(new SavingsDeliveryRecordedEvent(programme, LineId.of("asc-2"), FY_2011_12, Quarter.Q1,
                Money.of("300000"), Rag.GREEN, null, null));
    }

    private static SavingsLineAddedEvent line(ProgrammeId programme, String lineId, String ref, String title,
                                              String serviceArea, String... thousands) {
        return new SavingsLineAddedEvent(programme, LineId.of(lineId), ref, title, serviceArea, profile(thousands), null);
    }

    private static SavingsProfile profile(String... thousands) {
        Map<FinancialYear, Money> amounts = new TreeMap<>();
        FinancialYear fy = FY_2011_12;
        for (String amount : thousands) {
            amounts.put(fy, Money.ofThousands(new BigDecimal(amount)));
            fy = fy.next();
        }
        return SavingsProfile.of(amounts);
    }

    /** Every read-model document, exactly as MongoDB holds it, by collection and id. */
    private Map<String, Map<String, Document>> snapshot() {
        Map<String, Map<String, Document>> all = new TreeMap<>();
        for (String collection : READ_MODELS) {
            Map<String, Document> documents = new TreeMap<>();
            mongo.findAll(Document.class, collection).forEach(d -> documents.put(String.valueOf(d.get("_id")), d));
            all.put(collection, documents);
        }
        return all;
    }

    @Test
    void replayingEveryProjectionRebuildsExactlyTheReadModelsBuiltIncrementally() throws Exception {
        aYearOfSeed001();
        projections.awaitCaughtUp();
        Map<String, Map<String, Document>> incremental = snapshot();
        assertThat(incremental.get("kpi_status")).containsKeys("NI130|2011-12", "NI130|2012-13", "PB-KPI2|2011-12",
                "CarersPB-KPI1|2011-12", "CarersPB-KPI2|2013-14");
        assertThat(incremental.get("year_on_year")).containsKeys("NI130", "PB-KPI2");
        assertThat(incremental.get("kpi_indicator_state")).containsKeys("NI130", "PB-KPI2", "CarersPB-KPI1", "CarersPB-KPI2");
        assertThat(incremental.get("savings_programme")).isNotEmpty();
        assertThat(incremental.get("audit_log")).isNotEmpty();
        assertThat(incremental.get("scrutiny_flags")).hasSize(5);
        assertThat(incremental.get("target_proposals")).containsOnlyKeys("NI130|p-1", "NI130|p-2");
        assertThat(incremental.get("scrutiny_indicator_state")).containsKeys("NI130", "PB-KPI2");

        // Spoil what is there, so that only a real rebuild can give the incremental result back.
        mongo.updateMulti(new Query(), Update.update("rag", "RED").set("lastSequence", -1), "kpi_status");
        mongo.remove(Query.query(Criteria.where("_id").is("NI130")), "year_on_year");
        mongo.remove(Query.query(Criteria.where("_id").is("NI130")), "kpi_indicator_state");
        mongo.remove(new Query().limit(3), "audit_log");
        mongo.updateMulti(new Query(), Update.update("title", "stale"), "savings_programme");
        mongo.remove(new Query().limit(1), "scrutiny_flags");
        mongo.updateMulti(new Query(), Update.update("status", "PENDING"), "target_proposals");
        mongo.updateMulti(new Query(), Update.update("lastSequence", -1), "scrutiny_indicator_state");
        assertThat(snapshot()).isNotEqualTo(incremental);

        for (String projection : ProcessingGroups.ALL) {
            mockMvc.perform(post("/api/admin/projections/{name}/replay", projection).with(httpBasic("admin", "admin")))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.name").value(projection));
        }
        projections.awaitCaughtUp();

        assertThat(snapshot()).isEqualTo(incremental);
    }

    @Test
    void theAdminSeesEveryProjectionWithItsSegmentsPositionAndTheHeadOfTheStore() throws Exception {
        events.append(ni130Defined(IndicatorId.of("NI130-status")));
        projections.awaitCaughtUp();
        long head = projections.headPosition();

        mockMvc.perform(get("/api/admin/projections").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(contains("kpi-status", "audit-log", "year-on-year", "savings-programme",
                        "scrutiny")))
                .andExpect(jsonPath("$[0].running").value(true))
                .andExpect(jsonPath("$[0].replaying").value(false))
                .andExpect(jsonPath("$[0].head").value(head))
                .andExpect(jsonPath("$[0].position").value(head))
                .andExpect(jsonPath("$[0].progressPercent").value(100))
                .andExpect(jsonPath("$[0].segments.length()").value(2));
        assertThat(meters.get("outturn.projection.lag").tag("projection", "kpi-status").gauge().value()).isZero();
        assertThat(meters.get("outturn.projection.replay.progress").tag("projection", "year-on-year").gauge().value())
                .isEqualTo(100.0);
    }

    @Test
    void eachProjectionIsAPooledProcessorWhoseTokensAreStoredInMongoDbBesideTheReadModels() {
        events.append(ni130Defined(IndicatorId.of("NI130-tokens")));
        projections.awaitCaughtUp();

        assertThat(mongo.getDb().getName()).startsWith("outturn_test_");
        for (String group : ProcessingGroups.ALL) {
            assertThat(projections.processor(group)).isInstanceOf(PooledStreamingEventProcessor.class);
        }

        List<Document> tokens = mongo.findAll(Document.class, "tracking_tokens");
        assertThat(tokens).extracting(t -> t.getString("processorName")).containsAll(ProcessingGroups.ALL);
        assertThat(tokens).filteredOn(t -> t.getString("processorName").equals("kpi-status")).hasSize(2);
    }

    @Test
    void onlyAnAdminMayReplayAndAnUnknownProjectionIsNotFound() throws Exception {
        for (String user : List.of("manager", "auditor", "viewer")) {
            mockMvc.perform(post("/api/admin/projections/kpi-status/replay").with(httpBasic(user, user)))
                    .andExpect(status().isForbidden());
            mockMvc.perform(get("/api/admin/projections").with(httpBasic(user, user)))
                    .andExpect(status().isForbidden());
        }
        mockMvc.perform(post("/api/admin/projections/kpi-status/replay"))
                .andExpect(status().isUnauthorized());
        mockMvc.perform(post("/api/admin/projections/no-such-projection/replay").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }
}
