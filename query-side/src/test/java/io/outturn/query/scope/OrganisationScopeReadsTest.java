package io.outturn.query.scope;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.query.indicator.FindKpiStatusStreamQuery;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.SavingsProfile;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Map;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.ORGANISATION;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Readers restricted to seed 001's organisation see nothing of another (issue 9, point 12): lists and live streams
 * leave the other organisation out, and its single resources (cards, year on year, histories, programmes, as of any
 * moment) are 404 as if they did not exist. Unrestricted readers keep seeing everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationScopeReadsTest extends QuerySideIntegrationTest {

    private static final String CAMBRIDGESHIRE = "Cambridgeshire County Council - Social Services Department";
    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final IndicatorId C22 = IndicatorId.of("C22");
    private static final ProgrammeId ASCH = ProgrammeId.of("notts-asch-pp-2011-14");
    private static final ProgrammeId CAMBS = ProgrammeId.of("cambs-ssd-2011-14");

    @Autowired
    private QueryUpdateEmitter updates;

    @BeforeAll
    void twoOrganisations() {
        IndicatorDefinedEvent seed = ni130Defined(C22);
        events.append(ni130Defined(NI130), ni130Target(NI130, FY_2011_12), actual(NI130, FY_2011_12, Quarter.Q1, "8200"));
        events.append(new IndicatorDefinedEvent(C22, "Children under 10 in family placements", CAMBRIDGESHIRE,
                        null, null, seed.framework(), seed.unit(), seed.polarity(), seed.rollUp(),
                        seed.tolerancePercent(), seed.baseline(), null, List.of()),
                ni130Target(C22, FY_2011_12), actual(C22, FY_2011_12, Quarter.Q1, "8200"));
        events.append(programme(ASCH, ORGANISATION), line(ASCH));
        events.append(programme(CAMBS, CAMBRIDGESHIRE), line(CAMBS));
        projections.awaitCaughtUp();
    }

    private static SavingsProgrammeCreatedEvent programme(ProgrammeId id, String organisation) {
        return new SavingsProgrammeCreatedEvent(id, "Savings programme " + id, organisation,
                List.of(FY_2011_12, FinancialYear.parse("2012-13")), null);
    }

    private static SavingsLineAddedEvent line(ProgrammeId id) {
        return new SavingsLineAddedEvent(id, LineId.of("adult-social-care-2"), "2", "Reablement & Homecare - service",
                "Adult Social Care", SavingsProfile.of(Map.of(FY_2011_12, Money.of("1300000"))), null);
    }

    @Test
    void theListShowsOnlyTheReadersOrganisation() throws Exception {
        mockMvc.perform(get("/api/indicators").with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].indicatorId").value(everyItem(is("NI130"))))
                .andExpect(jsonPath("$.total").value(1));
        mockMvc.perform(get("/api/indicators").param("organisation", CAMBRIDGESHIRE)
                        .with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(jsonPath("$.total").value(0));
        mockMvc.perform(get("/api/indicators").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.items[*].indicatorId").value(hasItem("C22")));
    }

    @Test
    void anotherOrganisationsCardIsNotFound() throws Exception {
        mockMvc.perform(get("/api/indicators/C22/status/2011-12").with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        answered(get("/api/indicators/C22/status/2011-12").param("waitForVersion", "1")
                        .with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isNotFound());
        mockMvc.perform(get("/api/indicators/NI130/status/2011-12").with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isOk());
        mockMvc.perform(get("/api/indicators/C22/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk());
    }

    @Test
    void anotherOrganisationsYearOnYearIsNotFound() throws Exception {
        mockMvc.perform(get("/api/indicators/C22/year-on-year").with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isNotFound());
        mockMvc.perform(get("/api/indicators/NI130/year-on-year").with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isOk());
    }

    @Test
    void anotherOrganisationsPastAndHistoriesAreNotFoundEvenForAnAuditor() throws Exception {
        for (String path : List.of("/api/indicators/C22/status/2011-12?asOf=2999-01-01",
                "/api/indicators/C22/targets/2011-12/history", "/api/indicators/C22/targets/2011-12",
                "/api/savings-programmes/cambs-ssd-2011-14?asOf=2999-01-01",
                "/api/savings-programmes/cambs-ssd-2011-14/lines/adult-social-care-2/history")) {
            mockMvc.perform(get(path).with(httpBasic("asch-auditor", "asch-auditor")))
                    .andExpect(status().isNotFound());
            mockMvc.perform(get(path).with(httpBasic("auditor", "auditor")))
                    .andExpect(status().isOk());
        }
        mockMvc.perform(get("/api/indicators/NI130/targets/2011-12/history")
                        .with(httpBasic("asch-auditor", "asch-auditor")))
                .andExpect(status().isOk());
    }

    @Test
    void savingsShowOnlyTheReadersOrganisation() throws Exception {
        mockMvc.perform(get("/api/savings-programmes").with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(jsonPath("$.items[*].id").value(contains(ASCH.value())))
                .andExpect(jsonPath("$.total").value(1));
        mockMvc.perform(get("/api/savings-programmes/cambs-ssd-2011-14").with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PROGRAMME_NOT_FOUND"));
        mockMvc.perform(get("/api/savings-programmes/notts-asch-pp-2011-14")
                        .with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(status().isOk());
    }

    @Test
    void theAuditLogShowsOnlyTheReadersOrganisation() throws Exception {
        mockMvc.perform(get("/api/audit").param("size", "500").with(httpBasic("asch-auditor", "asch-auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].aggregateId").value(hasItem("NI130")))
                .andExpect(jsonPath("$.items[*].aggregateId").value(not(hasItem("C22"))))
                .andExpect(jsonPath("$.items[*].aggregateId").value(not(hasItem(CAMBS.value()))));
        mockMvc.perform(get("/api/audit").param("aggregateId", "C22").with(httpBasic("asch-auditor", "asch-auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mockMvc.perform(get("/api/audit").param("aggregateId", "C22").with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(3)));
    }

    @Test
    void aLiveStreamCarriesOnlyTheReadersOrganisation() throws Exception {
        long before = streams();
        MvcResult stream = mockMvc.perform(get("/api/indicators/stream").param("fy", FY_2011_12.toString())
                        .accept(MediaType.TEXT_EVENT_STREAM).with(httpBasic("asch-viewer", "asch-viewer")))
                .andExpect(request().asyncStarted())
                .andReturn();
        await().until(() -> streams() > before);
        events.append(actual(C22, FY_2011_12, Quarter.Q2, "8300"), actual(NI130, FY_2011_12, Quarter.Q2, "9400"));

        await().until(() -> stream.getResponse().getContentAsString().contains("\"version\":4"));
        assertThat(stream.getResponse().getContentAsString())
                .contains("\"indicatorId\":\"NI130\"")
                .doesNotContain("\"indicatorId\":\"C22\"");
        stream.getRequest().getAsyncContext().complete();
    }

    private long streams() {
        return updates.activeSubscriptions().stream()
                .filter(subscription -> subscription.getPayload() instanceof FindKpiStatusStreamQuery)
                .count();
    }
}
