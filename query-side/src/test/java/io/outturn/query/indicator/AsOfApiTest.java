package io.outturn.query.indicator;

import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.IndicatorId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "What did we believe on date X?": the target in force and the status card as of a moment of transaction
 * time, rebuilt from the events in the event store, for NI130's history (target 12,000 revised to 12,500 on
 * 2011-09-01).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfApiTest extends QuerySideIntegrationTest {

    private static final String TARGET_2011_12 = "/api/indicators/NI130/targets/2011-12";
    private static final String TARGET_2012_13 = "/api/indicators/NI130/targets/2012-13";
    private static final String CARD_2011_12 = "/api/indicators/NI130/status/2011-12";
    private static final String BETWEEN_REVISIONS = "2011-08-31T23:59:59Z";

    @Autowired
    private EventStore eventStore;

    private List<Published> history;

    @BeforeAll
    void publishNi130() {
        history = Ni130Revisions.publish(events, IndicatorId.of("NI130"));
        projections.awaitCaughtUp(ProcessingGroups.AUDIT_LOG, ProcessingGroups.KPI_STATUS);
    }

    @Test
    void theTargetAsOfAMomentBetweenTwoRevisionsIsTheEarlierTarget() throws Exception {
        mockMvc.perform(get(TARGET_2011_12).param("asOf", BETWEEN_REVISIONS).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.kind").value("AT_LEAST"))
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.printed").value("12,000"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.recordedAt").value("2011-04-05T10:01:00Z"))
                .andExpect(jsonPath("$.actor").value("manager"))
                .andExpect(jsonPath("$.reason").value(nullValue()))
                .andExpect(jsonPath("$.eventId").value(history.get(1).eventId()));
    }

    @Test
    void theRevisionIsInForceFromTheMomentItWasRecorded() throws Exception {
        mockMvc.perform(get(TARGET_2011_12).param("asOf", "2011-09-01T10:59:59.999999999Z")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000));
        mockMvc.perform(get(TARGET_2011_12).param("asOf", "2011-09-01T11:00:00Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.printed").value("12,500"))
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.reason").value(Ni130Revisions.STRETCH));
    }

    @Test
    void aBareDateMeansAsAtTheEndOfThatDay() throws Exception {
        mockMvc.perform(get(TARGET_2011_12).param("asOf", "2011-09-01").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12500));
        mockMvc.perform(get(TARGET_2011_12).param("asOf", "2011-08-31").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000));
    }

    @Test
    void withoutAsOfTheTargetInForceNowIsAnswered() throws Exception {
        mockMvc.perform(get(TARGET_2011_12).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.version").value(5));
    }

    @Test
    void thereIsNoTargetAsOfBeforeOneWasSet() throws Exception {
        mockMvc.perform(get(TARGET_2011_12).param("asOf", "2011-04-05T10:00:30Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TARGET_NOT_FOUND"));
    }

    @Test
    void aWithdrawnTargetIsInForceOnlyUntilItsWithdrawal() throws Exception {
        mockMvc.perform(get(TARGET_2012_13).param("asOf", "2012-03-20T14:59:59Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(14000))
                .andExpect(jsonPath("$.version").value(3));
        mockMvc.perform(get(TARGET_2012_13).param("asOf", "2012-03-20T15:00:00Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TARGET_NOT_FOUND"));
        mockMvc.perform(get(TARGET_2012_13).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTargetOfAnIndicatorWithNoEventsIsNotFound() throws Exception {
        mockMvc.perform(get("/api/indicators/NI999/targets/2011-12").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
    }

    @Test
    void theCardAsOfAMomentBetweenTwoRevisionsIsTheCardAsItThenStood() throws Exception {
        mockMvc.perform(get(CARD_2011_12).param("asOf", BETWEEN_REVISIONS).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.indicatorId").value("NI130"))
                .andExpect(jsonPath("$.fy").value("2011-12"))
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.target.printed").value("12,000"))
                .andExpect(jsonPath("$.actuals.Q1.value").value(8150))
                .andExpect(jsonPath("$.actuals.Q2").doesNotExist())
                .andExpect(jsonPath("$.yearToDate").value(8150))
                .andExpect(jsonPath("$.rag").value("RED"))
                .andExpect(jsonPath("$.version").value(4))
                .andExpect(jsonPath("$.lastChangedAt").value("2011-07-14T09:00:00Z"));
    }

    @Test
    void theCardAsOfNowIsTheCardTheLiveProjectionShows() throws Exception {
        String live = mockMvc.perform(get(CARD_2011_12).with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String asOfNow = mockMvc.perform(get(CARD_2011_12).param("asOf", "2030-01-01T00:00:00Z")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.actuals.Q2.value").value(9420))
                .andExpect(jsonPath("$.version").value(7))
                .andReturn().getResponse().getContentAsString();

        // The card on a basis says which axes it was built on, after everything the live card says.
        assertThat(asOfNow).isEqualTo(live.substring(0, live.length() - 1)
                + ",\"basis\":{\"asOf\":\"2030-01-01T00:00:00Z\"}}");
        assertThat(live).doesNotContain("basis");
    }

    @Test
    void theCardAsOfBeforeTheIndicatorExistedIsNotFound() throws Exception {
        mockMvc.perform(get(CARD_2011_12).param("asOf", "2011-04-05T09:59:59Z").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"));
    }

    @Test
    void theCardJustBeforeARevisionShowsTheTargetItRevised() throws Exception {
        String justBefore = Ni130Revisions.REVISED_AT.minusNanos(1).toString();
        mockMvc.perform(get(CARD_2011_12).param("asOf", justBefore).with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.version").value(4));
    }

    @Test
    void aRevisionRecordedAtExactlyAsOfIsInTheCard() throws Exception {
        mockMvc.perform(get(CARD_2011_12).param("asOf", Ni130Revisions.REVISED_AT.toString())
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.target.value").value(12500))
                .andExpect(jsonPath("$.target.printed").value("12,500"))
                .andExpect(jsonPath("$.actuals.Q1.value").value(8150))
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.lastChangedAt").value("2011-09-01T11:00:00Z"));
    }

    @Test
    void aSnapshotInTheEventStoreDoesNotHideTheEventsBeforeIt() throws Exception {
        IndicatorId snapshotted = IndicatorId.of("NI130-SNAPSHOTTED");
        List<Published> published = Ni130Revisions.publish(events, snapshotted);
        // As the command side's snapshotter would: the aggregate's state once the revision (version 5) was applied.
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Indicator", snapshotted.value(),
                published.get(4).sequence(), "state of " + snapshotted + " at version 5"));

        mockMvc.perform(get("/api/indicators/" + snapshotted + "/status/2011-12").param("asOf", BETWEEN_REVISIONS)
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatorId").value(snapshotted.value()))
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.actuals.Q1.value").value(8150))
                .andExpect(jsonPath("$.version").value(4));
        mockMvc.perform(get("/api/indicators/" + snapshotted + "/targets/2011-12").param("asOf", BETWEEN_REVISIONS)
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(12000))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.eventId").value(published.get(1).eventId()));
        mockMvc.perform(get("/api/indicators/" + snapshotted + "/targets/2011-12/history")
                        .with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version", contains(2, 5)));
    }

    @Test
    void anUnreadableAsOfIsRejectedNamingTheParameter() throws Exception {
        for (String path : List.of(CARD_2011_12, TARGET_2011_12)) {
            mockMvc.perform(get(path).param("asOf", "yesterday").with(httpBasic("auditor", "auditor")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        }
    }

    @Test
    void anIdOrYearThatIsNotOneIsRejectedNamingThePathVariable() throws Exception {
        for (String path : List.of("/api/indicators/NI130!/status/2011-12", "/api/indicators/NI130!/targets/2011-12",
                "/api/indicators/NI130!/targets/2011-12/history")) {
            mockMvc.perform(get(path).param("asOf", BETWEEN_REVISIONS).with(httpBasic("auditor", "auditor")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("id"));
        }
        for (String path : List.of("/api/indicators/NI130/status/2011-13", "/api/indicators/NI130/targets/2011-13")) {
            mockMvc.perform(get(path).param("asOf", BETWEEN_REVISIONS).with(httpBasic("auditor", "auditor")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("fy"));
        }
    }

    @Test
    void onlyAuditorsAndAdminsMayAskAsOf() throws Exception {
        for (String path : List.of(CARD_2011_12, TARGET_2011_12)) {
            mockMvc.perform(get(path).param("asOf", BETWEEN_REVISIONS)).andExpect(status().isUnauthorized());
            mockMvc.perform(get(path).param("asOf", BETWEEN_REVISIONS).with(httpBasic("viewer", "viewer")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
            mockMvc.perform(get(path).param("asOf", BETWEEN_REVISIONS).with(httpBasic("auditor", "auditor")))
                    .andExpect(status().isOk());
            mockMvc.perform(get(path).param("asOf", BETWEEN_REVISIONS).with(httpBasic("admin", "admin")))
                    .andExpect(status().isOk());
        }
        mockMvc.perform(get(CARD_2011_12).with(httpBasic("viewer", "viewer"))).andExpect(status().isOk());
    }
}
