package io.outturn.query.config;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.testsupport.StoredEvent;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.Justification;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The query side on its own reads events stored at revision 1 as revision 2, through the upcasters it registers,
 * and projects them: NI130 as the code of revision 1 stored it (target 12,000 for 2011-12 revised to 9,000 with
 * the reason "x"; Q1 recorded as 8,120 and corrected to 8,210).
 */
class StoredEventsUpcastingTest extends QuerySideIntegrationTest {

    private static final List<String> NI130_AT_REVISION_1 = List.of(
            "01-ni130-defined",
            "02-ni130-target-2011-12-set-12000",
            "03-ni130-target-2011-12-revised-to-9000-reason-x",
            "04-ni130-target-2012-13-set-14000",
            "05-ni130-target-2012-13-withdrawn",
            "06-ni130-actual-2011-12-q1-recorded",
            "07-ni130-actual-2011-12-q1-corrected",
            "08-ni130-amended");

    @Autowired
    ApplicationContext context;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    EventStore eventStore;

    @Test
    void theQuerySideRegistersTheUpcastersOnce() {
        assertThat(context.getBeansOfType(EventUpcaster.class)).containsOnlyKeys("outturnEventUpcasters");
    }

    @Test
    void ni130StoredAtRevision1IsReadAtRevision2AndProjected() throws Exception {
        List<DomainEventMessage<?>> read = readThroughTheApplicationsUpcasters();
        ActualCorrectedEvent corrected = (ActualCorrectedEvent) read.get(6).getPayload();
        assertThat(corrected.justification()).isEqualTo(Justification.other("Restated after the SWIFT reconciliation"));

        eventStore.publish(read);
        projections.awaitCaughtUp(ProcessingGroups.KPI_STATUS);

        mockMvc.perform(get("/api/indicators/NI130/status/2011-12").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.value").value(9000))
                .andExpect(jsonPath("$.target.printed").value("9,000"))
                .andExpect(jsonPath("$.actuals.Q1.value").value(8210))
                .andExpect(jsonPath("$.actuals.Q1.corrected").value(true))
                .andExpect(jsonPath("$.version").value(8))
                // Flags come from stored events too, which carry no word of easing: the revision to 9,000 with the
                // reason "x" has no decision, and the Q1 correction was made long after 2011-12's Q4 deadline.
                .andExpect(jsonPath("$.flags[*].kind").value(contains("NO_DECISION", "LATE_CORRECTION")));

        projections.awaitCaughtUp(ProcessingGroups.SCRUTINY);
        mockMvc.perform(get("/api/scrutiny/flags").param("fy", "2011-12").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kind").value(contains("LATE_CORRECTION", "NO_DECISION")))
                .andExpect(jsonPath("$.items[1].events[0].eventId").value(read.get(2).getIdentifier()))
                .andExpect(jsonPath("$.items[1].detail").value(
                        "target revised (12,000 → 9,000) once the year had begun, without a decision reference"));
    }

    private List<DomainEventMessage<?>> readThroughTheApplicationsUpcasters() {
        return EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(
                        NI130_AT_REVISION_1.stream().map(StoredEvent::revision1).map(StoredEvent::asEntry),
                        eventSerializer, axon.upcasterChain()))
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }
}
