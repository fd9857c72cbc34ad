package io.outturn.query.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static io.outturn.query.testsupport.Seed001.revisedTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event a projection cannot apply is set aside in the projection's dead-letter queue, with every later event
 * of its aggregate, while the projection goes on with every other aggregate; the operator sees it in
 * {@code /api/admin/projections} and in the readiness health, lists it, and retries or evicts it.
 */
class DeadLetterQueueTest extends QuerySideIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private MeterRegistry meters;

    /** Each test starts with empty queues, whatever an earlier one left. */
    @AfterEach
    void evictEverything() throws Exception {
        for (String projection : ProcessingGroups.ALL) {
            mockMvc.perform(delete("/api/admin/projections/{name}/dead-letters", projection).with(admin()))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void anEventThatCannotBeReadIsSetAsideWithItsAggregatesLaterEventsWhileEveryOtherAggregateIsProjected()
            throws Exception {
        IndicatorId unreadable = IndicatorId.of("NI130-unreadable");
        IndicatorId other = IndicatorId.of("NI130-other");
        events.append(ni130Defined(unreadable), ni130Target(unreadable, FY_2011_12));
        // A financial year today's FinancialYear refuses: the stored JSON cannot be turned into the event.
        Published damaged = events.with().appendStoredAs(ni130Target(unreadable, FY_2012_13),
                json -> json.replace("\"2012-13\"", "\"2012-15\""));
        Published later = events.because("Cabinet agreed a stretch target").append(revisedTarget(unreadable, FY_2011_12,
                new Target.AtLeast(new BigDecimal("12500"), true), "12,500",
                new Target.AtLeast(new BigDecimal("12000"), true), "12,000")).get(0);
        events.append(ni130Defined(other), ni130Target(other, FY_2011_12));
        projections.awaitCaughtUp();

        card(other, "2011-12").andExpect(status().isOk());
        card(unreadable, "2011-12").andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000));
        assertThat(deadLetterCount(ProcessingGroups.KPI_STATUS)).isEqualTo(2);
        assertThat(deadLetterCount(ProcessingGroups.AUDIT_LOG)).isEqualTo(2);
        assertThat(deadLetterCount(ProcessingGroups.SAVINGS_PROGRAMME)).isZero();
        assertThat(meters.get("outturn.projection.dead.letters").tag("projection", "kpi-status").gauge().value())
                .isEqualTo(2.0);

        mockMvc.perform(get("/api/admin/projections/kpi-status/dead-letters").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].eventId").value(damaged.eventId()))
                .andExpect(jsonPath("$.items[0].type").value("TargetSetEvent"))
                .andExpect(jsonPath("$.items[0].aggregateId").value(unreadable.value()))
                .andExpect(jsonPath("$.items[0].sequence").value(2))
                .andExpect(jsonPath("$.items[0].code").value("EVENT_UNREADABLE"))
                .andExpect(jsonPath("$.items[0].cause").value("The stored event could not be read"))
                .andExpect(jsonPath("$.items[1].eventId").value(later.eventId()))
                .andExpect(jsonPath("$.items[1].code").doesNotExist());
        mockMvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
        mockMvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());

        mockMvc.perform(delete("/api/admin/projections/kpi-status/dead-letters/{eventId}", damaged.eventId()).with(admin()))
                .andExpect(status().isNoContent());
        mockMvc.perform(post("/api/admin/projections/kpi-status/dead-letters/retry").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aggregatesTried").value(1))
                .andExpect(jsonPath("$.aggregatesApplied").value(1))
                .andExpect(jsonPath("$.remaining").value(0));

        card(unreadable, "2011-12").andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.version").value(4));
        assertThat(deadLetterCount(ProcessingGroups.KPI_STATUS)).isZero();

        for (String projection : List.of(ProcessingGroups.AUDIT_LOG, ProcessingGroups.YEAR_ON_YEAR,
                ProcessingGroups.SCRUTINY)) {
            mockMvc.perform(delete("/api/admin/projections/{name}/dead-letters", projection).with(admin()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.evicted").value(2));
        }
        mockMvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void aValueTheReadModelCannotStoreIsSetAsideAndTheRestOfItsBatchIsWritten() throws Exception {
        IndicatorId huge = IndicatorId.of("NI130-huge");
        IndicatorId before = IndicatorId.of("NI130-before");
        IndicatorId after = IndicatorId.of("NI130-after");
        // One request's worth, so one processing batch: Decimal128 holds 34 digits and exponents up to 6144, so no
        // read-model document can hold 1e100000 exactly. The failure shows only when the batch writes.
        List<Published> batch = events.append(ni130Defined(before), ni130Target(before, FY_2011_12),
                ni130Defined(huge), ni130Target(huge, FY_2011_12),
                new TargetSetEvent(huge, FY_2012_13, new Target.AtLeast(new BigDecimal("1E+100000"), true), "1e100000",
                        null, null, null, null, null),
                ni130Defined(after), ni130Target(after, FY_2011_12));
        projections.awaitCaughtUp();

        card(before, "2011-12").andExpect(status().isOk());
        card(after, "2011-12").andExpect(status().isOk());
        card(huge, "2011-12").andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        JsonNode letters = json(mockMvc.perform(get("/api/admin/projections/kpi-status/dead-letters").with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(letters.path("items")).hasSize(1);
        assertThat(letters.path("items").get(0).path("eventId").asText()).isEqualTo(batch.get(4).eventId());
        assertThat(letters.path("items").get(0).path("code").asText()).isEqualTo("READ_MODEL_REFUSED");
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(batch.get(4).eventId())), "audit_log"))
                .as("the audit log stores the figure as text").isOne();

        // Axon marks a segment caught up when its next read finds nothing, a moment after its position reaches the
        // head, so the report is awaited rather than read once.
        await("kpi-status reported caught up").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mockMvc.perform(get("/api/admin/projections").with(admin()))
                        .andExpect(jsonPath("$[?(@.name == 'kpi-status')].caughtUp").value(true)));
        mockMvc.perform(get("/api/admin/projections").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'kpi-status')].deadLetters").value(1))
                .andExpect(jsonPath("$[?(@.name == 'kpi-status')].caughtUp").value(true))
                .andExpect(jsonPath("$[?(@.name == 'kpi-status')].error").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.nullValue())));

        mockMvc.perform(post("/api/admin/projections/kpi-status/dead-letters/retry").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aggregatesApplied").value(0))
                .andExpect(jsonPath("$.remaining").value(1));
        mockMvc.perform(get("/api/admin/projections/kpi-status/dead-letters").with(admin()))
                .andExpect(jsonPath("$.items[0].code").value("READ_MODEL_REFUSED"))
                .andExpect(jsonPath("$.items[0].lastTouched").isNotEmpty());
    }

    @Test
    void onlyAnAdminWorksTheDeadLettersAndUnknownOnesAreNotFound() throws Exception {
        for (String user : List.of("manager", "auditor", "viewer")) {
            mockMvc.perform(get("/api/admin/projections/kpi-status/dead-letters").with(httpBasic(user, user)))
                    .andExpect(status().isForbidden());
            mockMvc.perform(post("/api/admin/projections/kpi-status/dead-letters/retry").with(httpBasic(user, user)))
                    .andExpect(status().isForbidden());
            mockMvc.perform(delete("/api/admin/projections/kpi-status/dead-letters").with(httpBasic(user, user)))
                    .andExpect(status().isForbidden());
        }
        mockMvc.perform(get("/api/admin/projections/no-such-projection/dead-letters").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mockMvc.perform(delete("/api/admin/projections/kpi-status/dead-letters/{eventId}", "no-such-event").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("DEAD_LETTER_NOT_FOUND"));
        mockMvc.perform(get("/api/admin/projections/kpi-status/dead-letters?size=501").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    private org.springframework.test.web.servlet.ResultActions card(IndicatorId id, String fy) throws Exception {
        return mockMvc.perform(get("/api/indicators/{id}/status/{fy}", id.value(), fy).with(httpBasic("viewer", "viewer")));
    }

    private long deadLetterCount(String projection) {
        return mongo.count(Query.query(Criteria.where("processingGroup").is(projection)), Document.class, "dead_letters");
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "admin");
    }
}
