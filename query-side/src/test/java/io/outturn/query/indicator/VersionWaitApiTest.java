package io.outturn.query.indicator;

import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code ?waitForVersion=n} holds no request thread while it waits (issue 9, point 9: a viewer's 200 waiting reads
 * held 200 threads for 5 s each): the request is released to the container and answered when the projection has
 * committed version n, and one client may have only three reads waiting here (ten by default).
 */
@TestPropertySource(properties = {"outturn.query.max-wait=60s", "outturn.query.max-waits-per-client=3"})
class VersionWaitApiTest extends QuerySideIntegrationTest {

    @Test
    void aReadWaitingForAVersionHoldsNoThreadAndIsAnsweredOnceTheProjectionHasIt() throws Exception {
        IndicatorId id = IndicatorId.of("NI130-async");
        events.append(ni130Defined(id), ni130Target(id, FY_2011_12));
        projections.awaitCaughtUp();

        MvcResult waiting = mockMvc.perform(get("/api/indicators/NI130-async/status/2011-12")
                        .param("waitForVersion", "3").with(httpBasic("viewer", "viewer")))
                .andExpect(request().asyncStarted())
                .andReturn();
        events.append(actual(id, FY_2011_12, Quarter.Q1, "8200"));

        mockMvc.perform(asyncDispatch(waiting))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Outturn-Stale"))
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.actuals.Q1.value").value(8200));
    }

    @Test
    void aClientWithAsManyReadsWaitingAsItMayHaveIsAnsweredAtOnceWithWhatThereIs() throws Exception {
        IndicatorId id = IndicatorId.of("NI130-capped");
        events.append(ni130Defined(id), ni130Target(id, FY_2011_12));
        projections.awaitCaughtUp();
        List<MvcResult> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiting.add(mockMvc.perform(get("/api/indicators/NI130-capped/status/2011-12")
                            .param("waitForVersion", "3").with(httpBasic("viewer", "viewer")))
                    .andExpect(request().asyncStarted())
                    .andReturn());
        }

        answered(get("/api/indicators/NI130-capped/status/2011-12").param("waitForVersion", "3")
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Outturn-Stale", "true"))
                .andExpect(jsonPath("$.version").value(2));
        waiting.add(mockMvc.perform(get("/api/indicators/NI130-capped/status/2011-12").param("waitForVersion", "3")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(request().asyncStarted())
                .andReturn());

        events.append(actual(id, FY_2011_12, Quarter.Q1, "8200"));
        for (MvcResult read : waiting) {
            mockMvc.perform(asyncDispatch(read))
                    .andExpect(status().isOk())
                    .andExpect(header().doesNotExist("Outturn-Stale"))
                    .andExpect(jsonPath("$.version").value(3));
        }
    }
}
