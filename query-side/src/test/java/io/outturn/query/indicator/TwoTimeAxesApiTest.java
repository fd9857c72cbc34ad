package io.outturn.query.indicator;

import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.Ni130LoadedLater;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.Quarter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.ORGANISATION;
import static io.outturn.query.testsupport.Seed001.PERSONAL_BUDGETS;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The two time axes on the status card, the target in force and the status list, for NI130 as a council loads it
 * years later ({@link Ni130LoadedLater}): the 2011-14 plan's target of 12,000 in force from 2011-04-01, revised to
 * 12,500 by Cabinet on 2011-11-16, all recorded in 2015. {@code asOf} keeps its meaning: before the load, Outturn had
 * recorded nothing; {@code inForceAt} answers what was in force then, by all that is recorded now.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoTimeAxesApiTest extends QuerySideIntegrationTest {

    private static final String CARD = "/api/indicators/NI130/status/2011-12";
    private static final String TARGET = "/api/indicators/NI130/targets/2011-12";
    private static final String LIST = "/api/indicators";
    private static final String END_OF_30_SEPTEMBER_2011 = "2011-09-30T23:59:59.999999999Z";
    private static final String BEFORE_THE_LOAD = "2015-01-31";
    private static final String BEFORE_THE_REVISION_WAS_LOADED = "2015-02-28";
    /** A second copy of NI130, moved to another service group after the load. */
    private static final IndicatorId MOVED = IndicatorId.of("NI130-MOVED");
    private static final String NEW_SERVICE_GROUP = "Personal budgets (2012-15 plan)";
    private static final Instant MOVED_AT = Instant.parse("2015-06-01T12:00:00Z");
    /** An indicator recorded the usual way, with no effective dates: in force from when it was recorded, in 2015. */
    private static final IndicatorId RECORDED_LIVE = IndicatorId.of("NI130-LIVE");

    @BeforeAll
    void loadTheStoreYearsLater() {
        Ni130LoadedLater.publish(events, IndicatorId.of("NI130"));
        Ni130LoadedLater.publish(events, MOVED);
        events.at(Instant.parse("2015-04-01T09:00:00Z")).append(ni130Defined(RECORDED_LIVE),
                ni130Target(RECORDED_LIVE, FY_2011_12), actual(RECORDED_LIVE, FY_2011_12, Quarter.Q1, "12100"));
        IndicatorDefinedEvent defined = ni130Defined(MOVED);
        String why = "Moved with the 2012-15 plan";
        events.at(MOVED_AT).because(why).append(new IndicatorAmendedEvent(MOVED, defined.title(), NEW_SERVICE_GROUP,
                defined.leadOfficer(), defined.tolerancePercent(), defined.baseline(), Justification.other(why),
                List.of()));
        projections.awaitCaughtUp(ProcessingGroups.KPI_STATUS);
    }

    @Test
    void aLatePlanIsNothingAsOfBeforeItsLoadButIsInForceFromItsAdoption() throws Exception {
        read(get(CARD).param("asOf", BEFORE_THE_LOAD), "auditor")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        read(get(TARGET).param("asOf", BEFORE_THE_LOAD), "auditor")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TARGET_NOT_FOUND"));
        read(get(CARD).param("asOf", BEFORE_THE_LOAD).param("inForceAt", "2011-09-30"), "auditor")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));

        read(get(CARD).param("inForceAt", "2011-09-30"), "viewer")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.indicatorId").value("NI130"))
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.target.printed").value("12,000"))
                .andExpect(jsonPath("$.actuals.Q1.value").value(8150))
                .andExpect(jsonPath("$.actuals.Q2").doesNotExist())
                .andExpect(jsonPath("$.rag").value("RED"))
                .andExpect(jsonPath("$.version").value(4))
                .andExpect(jsonPath("$.basis.inForceAt").value(END_OF_30_SEPTEMBER_2011))
                .andExpect(jsonPath("$.basis.asOf").doesNotExist());
        read(get(TARGET).param("inForceAt", "2011-09-30"), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.printed").value("12,000"))
                .andExpect(jsonPath("$.effectiveFrom").value(Ni130LoadedLater.PLAN_IN_FORCE.toString()))
                .andExpect(jsonPath("$.recordedAt").value(Ni130LoadedLater.LOADED.plusSeconds(60).toString()))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.basis.inForceAt").value(END_OF_30_SEPTEMBER_2011));
    }

    @Test
    void beforeThePlanWasInForceThereIsNoCardAndNoTarget() throws Exception {
        read(get(CARD).param("inForceAt", "2011-03-31"), "viewer")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"))
                .andExpect(jsonPath("$.errors[0].field").value("fy"));
        read(get(TARGET).param("inForceAt", "2011-03-31"), "auditor")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TARGET_NOT_FOUND"));
    }

    @Test
    void fromTheCommitteesDecisionTheRevisedTargetIsInForce() throws Exception {
        read(get(CARD).param("inForceAt", "2011-11-15"), "viewer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000));
        read(get(CARD).param("inForceAt", "2011-12-31"), "viewer")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""))
                .andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.target.printed").value("12,500"))
                .andExpect(jsonPath("$.actuals.Q2.value").value(9420))
                .andExpect(jsonPath("$.actuals.Q3").doesNotExist())
                .andExpect(jsonPath("$.version").value(6))
                .andExpect(jsonPath("$.lastChangedAt").value(Ni130LoadedLater.REVISION_LOADED.toString()));
        read(get(TARGET).param("inForceAt", "2011-12-31"), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.effectiveFrom").value(Ni130LoadedLater.COMMITTEE.toString()))
                .andExpect(jsonPath("$.reason").value(Ni130LoadedLater.STRETCH))
                .andExpect(jsonPath("$.version").value(6));
    }

    @Test
    void bothAxesTogetherAnswerWhatWasInForceByWhatHadBeenRecorded() throws Exception {
        read(get(CARD).param("asOf", BEFORE_THE_REVISION_WAS_LOADED).param("inForceAt", "2011-12-31"), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.actuals.Q2.value").value(9420))
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.basis.asOf").value("2015-02-28T23:59:59.999999999Z"))
                .andExpect(jsonPath("$.basis.inForceAt").value("2011-12-31T23:59:59.999999999Z"));
        read(get(TARGET).param("asOf", BEFORE_THE_REVISION_WAS_LOADED).param("inForceAt", "2011-12-31"), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.basis.asOf").value("2015-02-28T23:59:59.999999999Z"));
    }

    @Test
    void asOfAloneKeepsItsMeaningWhatHadBeenRecordedByThen() throws Exception {
        read(get(CARD).param("asOf", BEFORE_THE_REVISION_WAS_LOADED), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.basis.asOf").value("2015-02-28T23:59:59.999999999Z"))
                .andExpect(jsonPath("$.basis.inForceAt").doesNotExist());
    }

    @Test
    void theLiveCardAndTargetSayNoBasis() throws Exception {
        read(get(CARD), "viewer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.actuals.Q3.value").value(11800))
                .andExpect(jsonPath("$.basis").doesNotExist());
        read(get(TARGET), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.basis").doesNotExist());
        read(get(LIST).param("fy", "2011-12"), "viewer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").doesNotExist());
    }

    @Test
    void theScorecardInForceAtAMomentHoldsOnlyWhatWasInForceThen() throws Exception {
        read(get(LIST).param("fy", "2011-12"), "viewer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].indicatorId", contains("NI130", "NI130-LIVE", "NI130-MOVED")));

        read(get(LIST).param("fy", "2011-12").param("inForceAt", "2011-09-30"), "viewer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].indicatorId", contains("NI130", "NI130-MOVED")))
                .andExpect(jsonPath("$.items[0].target.value").value(12000))
                .andExpect(jsonPath("$.items[0].actuals.Q1.value").value(8150))
                .andExpect(jsonPath("$.items[0].rag").value("RED"))
                .andExpect(jsonPath("$.items[0].basis").doesNotExist())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.basis.inForceAt").value(END_OF_30_SEPTEMBER_2011));
        read(get(LIST).param("inForceAt", "2011-09-30").param("organisation", ORGANISATION).param("rag", "RED")
                .param("size", "1").param("page", "1"), "viewer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].indicatorId", contains("NI130-MOVED")))
                .andExpect(jsonPath("$.items[*].fy", contains("2011-12")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1));
        read(get(LIST).param("fy", "2011-12").param("inForceAt", "2011-09-30").param("rag", "GREEN"), "viewer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theScorecardAsOfBeforeTheLoadIsEmptyAndCombinesWithInForceAt() throws Exception {
        read(get(LIST).param("fy", "2011-12").param("asOf", BEFORE_THE_LOAD), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.basis.asOf").value("2015-01-31T23:59:59.999999999Z"));
        read(get(LIST).param("fy", "2011-12").param("asOf", BEFORE_THE_REVISION_WAS_LOADED)
                .param("inForceAt", "2011-12-31"), "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].indicatorId", contains("NI130", "NI130-MOVED")))
                .andExpect(jsonPath("$.items[*].target.value", contains(12000, 12000)))
                .andExpect(jsonPath("$.items[*].version", contains(5, 5)));
    }

    /** The list's filters are decided on the cards as rebuilt, so a service group is the one the indicator then had. */
    @Test
    void theScorecardOnABasisFiltersByTheServiceGroupAsThenDefined() throws Exception {
        read(get(LIST).param("serviceGroup", NEW_SERVICE_GROUP), "viewer")
                .andExpect(jsonPath("$.items[*].indicatorId", contains("NI130-MOVED", "NI130-MOVED")));
        read(get(LIST).param("fy", "2011-12").param("inForceAt", "2011-09-30").param("serviceGroup", NEW_SERVICE_GROUP),
                "viewer")
                .andExpect(jsonPath("$.items[*].indicatorId", contains("NI130-MOVED")));
        read(get(LIST).param("fy", "2011-12").param("asOf", MOVED_AT.minusSeconds(1).toString())
                .param("serviceGroup", NEW_SERVICE_GROUP), "auditor")
                .andExpect(jsonPath("$.total").value(0));
        read(get(LIST).param("fy", "2011-12").param("asOf", MOVED_AT.minusSeconds(1).toString())
                .param("serviceGroup", PERSONAL_BUDGETS), "auditor")
                .andExpect(jsonPath("$.items[*].indicatorId", contains("NI130", "NI130-LIVE", "NI130-MOVED")));
    }

    @Test
    void viewersAskInForceAtButOnlyAuditorsAskAsOfOrTheTargetAndNobodyWithoutCredentials() throws Exception {
        List<Supplier<MockHttpServletRequestBuilder>> inForceAt = List.of(
                () -> get(CARD).param("inForceAt", "2011-09-30"),
                () -> get(LIST).param("inForceAt", "2011-09-30"));
        List<Supplier<MockHttpServletRequestBuilder>> auditorsOnly = List.of(
                () -> get(CARD).param("asOf", "2015-12-31").param("inForceAt", "2011-09-30"),
                () -> get(LIST).param("asOf", "2015-12-31"),
                () -> get(LIST).param("asOf", "2015-12-31").param("inForceAt", "2011-09-30"),
                () -> get(TARGET).param("inForceAt", "2011-09-30"));
        for (Supplier<MockHttpServletRequestBuilder> request : inForceAt) {
            for (String reader : List.of("viewer", "manager", "auditor", "admin")) {
                read(request.get(), reader).andExpect(status().isOk());
            }
        }
        for (Supplier<MockHttpServletRequestBuilder> request : auditorsOnly) {
            for (String notAnAuditor : List.of("viewer", "manager")) {
                read(request.get(), notAnAuditor).andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
            }
            for (String auditor : List.of("auditor", "admin")) {
                read(request.get(), auditor).andExpect(status().isOk());
            }
        }
        for (Supplier<MockHttpServletRequestBuilder> request : List.of(inForceAt.get(0), inForceAt.get(1),
                auditorsOnly.get(0), auditorsOnly.get(1))) {
            mockMvc.perform(request.get()).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        }
    }

    @Test
    void anInForceAtThatIsNotAMomentIsRejectedNamingTheParameter() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get(CARD).param("inForceAt", "spring 2011"),
                get(LIST).param("inForceAt", " "), get(TARGET).param("inForceAt", "30/09/2011"),
                get(CARD).param("asOf", "2015-12-31").param("inForceAt", "then"))) {
            read(request, "auditor")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("inForceAt"));
        }
    }

    private ResultActions read(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mockMvc.perform(request.with(httpBasic(user, user)));
    }
}
