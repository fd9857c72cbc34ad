package io.outturn.query.yoy;

import io.outturn.query.testsupport.Ni130LoadedLater;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class YearOnYearApiTest extends QuerySideIntegrationTest {

    @Test
    void ni130sSeriesShowsEachYearOldestFirstWithItsTargetRagAndChange() throws Exception {
        IndicatorId ni130 = IndicatorId.of("NI130");
        events.append(ni130Defined(ni130), ni130Target(ni130, FY_2011_12), ni130Target(ni130, FY_2012_13));
        events.append(actual(ni130, FY_2011_12, Quarter.Q1, "8200"), actual(ni130, FY_2011_12, Quarter.Q2, "9400"),
                actual(ni130, FY_2011_12, Quarter.Q3, "11500"), actual(ni130, FY_2011_12, Quarter.Q4, "12300"),
                actual(ni130, FY_2012_13, Quarter.Q1, "12800"), actual(ni130, FY_2012_13, Quarter.Q2, "13100"));
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130/year-on-year").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatorId").value("NI130"))
                .andExpect(jsonPath("$.years[*].fy").value(contains("2011-12", "2012-13")))
                .andExpect(jsonPath("$.years[0].outturn").value(12300))
                .andExpect(jsonPath("$.years[0].quartersReported").value(4))
                .andExpect(jsonPath("$.years[0].target.kind").value("AT_LEAST"))
                .andExpect(jsonPath("$.years[0].target.value").value(12000))
                .andExpect(jsonPath("$.years[0].target.printed").value("12,000"))
                .andExpect(jsonPath("$.years[0].rag").value("GREEN"))
                .andExpect(jsonPath("$.years[1].outturn").value(13100))
                .andExpect(jsonPath("$.years[1].target.value").value(14000))
                .andExpect(jsonPath("$.years[1].rag").value("RED"))
                .andExpect(jsonPath("$.years[1].change").value(3700))
                .andExpect(jsonPath("$.years[1].direction").value("IMPROVED"))
                .andExpect(jsonPath("$.years[1].likeForLike.quarters").value(contains("Q1", "Q2")))
                .andExpect(jsonPath("$.years[1].likeForLike.previousValue").value(9400));
    }

    @Test
    void theYearOnYearRagMatchesTheStatusCard() throws Exception {
        IndicatorId id = IndicatorId.of("NI130-same");
        events.append(ni130Defined(id), ni130Target(id, FY_2011_12), actual(id, FY_2011_12, Quarter.Q1, "11500"));
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130-same/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.rag").value("AMBER"));
        mockMvc.perform(get("/api/indicators/NI130-same/year-on-year").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.years[0].rag").value("AMBER"));
    }

    /** NI130 loaded in 2015 with the dates its plan and committee decided ({@link Ni130LoadedLater}). */
    @Test
    void theSeriesInForceAtAMomentHasTheTargetsAndActualsInForceThen() throws Exception {
        Ni130LoadedLater.publish(events, IndicatorId.of("NI130-LATE"));
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130-LATE/year-on-year").param("inForceAt", "2011-09-30")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatorId").value("NI130-LATE"))
                .andExpect(jsonPath("$.years[*].fy").value(contains("2011-12")))
                .andExpect(jsonPath("$.years[0].quartersReported").value(1))
                .andExpect(jsonPath("$.years[0].target.value").value(12000))
                .andExpect(jsonPath("$.years[0].rag").value("RED"))
                .andExpect(jsonPath("$.basis.inForceAt").value("2011-09-30T23:59:59.999999999Z"))
                .andExpect(jsonPath("$.basis.asOf").doesNotExist());
        mockMvc.perform(get("/api/indicators/NI130-LATE/year-on-year").param("inForceAt", "2011-12-31")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.years[0].quartersReported").value(2))
                .andExpect(jsonPath("$.years[0].target.value").value(12500));
        mockMvc.perform(get("/api/indicators/NI130-LATE/year-on-year").with(httpBasic("viewer", "viewer")))
                .andExpect(jsonPath("$.years[0].quartersReported").value(3))
                .andExpect(jsonPath("$.years[0].target.value").value(12500))
                .andExpect(jsonPath("$.basis").doesNotExist());
    }

    @Test
    void theSeriesAsOfBeforeTheLoadIsNotFoundAndAsOfCombinesWithInForceAt() throws Exception {
        Ni130LoadedLater.publish(events, IndicatorId.of("NI130-LATE-ASOF"));
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/indicators/NI130-LATE-ASOF/year-on-year").param("asOf", "2015-01-31")
                        .param("inForceAt", "2011-09-30").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        mockMvc.perform(get("/api/indicators/NI130-LATE-ASOF/year-on-year").param("asOf", "2015-02-28")
                        .param("inForceAt", "2011-12-31").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].quartersReported").value(2))
                .andExpect(jsonPath("$.years[0].target.value").value(12000))
                .andExpect(jsonPath("$.basis.asOf").value("2015-02-28T23:59:59.999999999Z"))
                .andExpect(jsonPath("$.basis.inForceAt").value("2011-12-31T23:59:59.999999999Z"));
        mockMvc.perform(get("/api/indicators/NI130-LATE-ASOF/year-on-year").param("asOf", "2015-02-28")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].quartersReported").value(2))
                .andExpect(jsonPath("$.basis.inForceAt").doesNotExist());
    }

    @Test
    void viewersAskTheSeriesInForceAtAMomentButOnlyAuditorsAskAsOf() throws Exception {
        Ni130LoadedLater.publish(events, IndicatorId.of("NI130-LATE-ROLES"));
        projections.awaitCaughtUp();
        String path = "/api/indicators/NI130-LATE-ROLES/year-on-year";

        for (String reader : List.of("viewer", "manager", "auditor", "admin")) {
            mockMvc.perform(get(path).param("inForceAt", "2011-09-30").with(httpBasic(reader, reader)))
                    .andExpect(status().isOk());
        }
        for (String notAnAuditor : List.of("viewer", "manager")) {
            mockMvc.perform(get(path).param("asOf", "2015-12-31").with(httpBasic(notAnAuditor, notAnAuditor)))
                    .andExpect(status().isForbidden());
        }
        mockMvc.perform(get(path).param("asOf", "2015-12-31").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk());
        mockMvc.perform(get(path).param("inForceAt", "2011-09-30")).andExpect(status().isUnauthorized());
        mockMvc.perform(get(path).param("inForceAt", "autumn").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("inForceAt"));
    }

    @Test
    void anUnknownIndicatorIsNotFoundAndCredentialsAreRequired() throws Exception {
        mockMvc.perform(get("/api/indicators/NO-SUCH/year-on-year").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
        mockMvc.perform(get("/api/indicators/NO-SUCH/year-on-year"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anIdThatIsNotOneIsRejectedNamingThePathVariable() throws Exception {
        mockMvc.perform(get("/api/indicators/NI130!/year-on-year").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
