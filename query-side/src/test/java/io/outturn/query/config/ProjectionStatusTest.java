package io.outturn.query.config;

import com.mongodb.MongoTimeoutException;
import io.micrometer.core.instrument.MeterRegistry;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What {@code GET /api/admin/projections} and the readiness health say about a projection: a segment whose batch
 * failed stays listed, with its error, and the projection is then neither caught up nor at 100%; a finished build
 * or replay is not "replaying".
 */
class ProjectionStatusTest extends QuerySideIntegrationTest {

    @Autowired
    private SegmentFailures failures;

    @Autowired
    private MeterRegistry meters;

    @Test
    void aSegmentWhoseBatchFailedIsListedWithItsErrorAndTheProjectionIsNeitherCaughtUpNorComplete() throws Exception {
        events.append(ni130Defined(IndicatorId.of("NI130-failed")), ni130Target(IndicatorId.of("NI130-failed"), FY_2011_12));
        projections.awaitCaughtUp();
        long head = projections.headPosition();

        failures.failed(ProcessingGroups.YEAR_ON_YEAR, 1, new MongoTimeoutException("no server"), head);
        try {
            mockMvc.perform(get("/api/admin/projections/year-on-year").with(admin()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.caughtUp").value(false))
                    .andExpect(jsonPath("$.progressPercent").value(lessThan(100)))
                    .andExpect(jsonPath("$.error.code").value("READ_MODEL_UNAVAILABLE"))
                    .andExpect(jsonPath("$.error.message").value("The read model's database is not available; retrying"))
                    .andExpect(jsonPath("$.error.attempts").value(1))
                    .andExpect(jsonPath("$.segments.length()").value(2))
                    .andExpect(jsonPath("$.segments[1].segment").value(1))
                    .andExpect(jsonPath("$.segments[1].state").value("FAILED"))
                    .andExpect(jsonPath("$.segments[1].error.code").value("READ_MODEL_UNAVAILABLE"));
            mockMvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("DOWN"));
            mockMvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
            assertThat(meters.get("outturn.projection.failed.segments").tag("projection", "year-on-year").gauge().value())
                    .isEqualTo(1.0);
        } finally {
            failures.succeeded(ProcessingGroups.YEAR_ON_YEAR, 1);
        }

        mockMvc.perform(get("/api/admin/projections/year-on-year").with(admin()))
                .andExpect(jsonPath("$.caughtUp").value(true))
                .andExpect(jsonPath("$.error").doesNotExist())
                .andExpect(jsonPath("$.segments[*].state").value(everyItem(org.hamcrest.Matchers.is("PROCESSING"))));
        mockMvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void noSegmentIsReplayingOnceAReplayHasCaughtUp() throws Exception {
        events.append(ni130Defined(IndicatorId.of("NI130-replayed")));
        projections.awaitCaughtUp();
        mockMvc.perform(post("/api/admin/projections/kpi-status/replay").with(admin())).andExpect(status().isAccepted());
        projections.awaitCaughtUp();

        mockMvc.perform(get("/api/admin/projections/kpi-status").with(admin()))
                .andExpect(jsonPath("$.replaying").value(false))
                .andExpect(jsonPath("$.replayProgressPercent").value(100))
                .andExpect(jsonPath("$.segments[*].replaying").value(everyItem(org.hamcrest.Matchers.is(false))))
                .andExpect(jsonPath("$.segments[*].replayUntil").value(everyItem(org.hamcrest.Matchers.nullValue())));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "admin");
    }
}
