package io.outturn.command.config;

import io.outturn.events.TargetSetEvent;
import io.outturn.events.testsupport.StoredEvent;
import io.outturn.values.Justification;
import io.outturn.values.Target;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command side on its own reads events stored at revision 1 as revision 2, through the upcasters it registers,
 * and goes on deciding on them: NI130 as the code of revision 1 stored it (target 12,000 for 2011-12, revised to
 * 9,000 with the reason "x").
 */
@CommandSideTest
class StoredEventsUpcastingTest {

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
    ResettableEventStorageEngine storage;
    @Autowired
    EventStore eventStore;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void emptyEventStore() {
        storage.reset();
    }

    @Test
    void theCommandSideRegistersTheUpcastersOnce() {
        assertThat(context.getBeansOfType(EventUpcaster.class)).containsOnlyKeys("outturnEventUpcasters");
    }

    @Test
    void ni130StoredAtRevision1IsReadAtRevision2WithItsReasonAsJustification() {
        List<DomainEventMessage<?>> read = readThroughTheApplicationsUpcasters();

        assertThat(read).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        TargetSetEvent revised = (TargetSetEvent) read.get(2).getPayload();
        assertThat(revised.previous()).isEqualTo(new Target.AtLeast(new BigDecimal("12000"), true));
        assertThat(revised.justification()).isEqualTo(Justification.other("x"));
        assertThat(revised.effectiveFrom()).isNull();
    }

    @Test
    void anIndicatorStoredAtRevision1TakesCommandsOnceUpcast() throws Exception {
        storage.appendEvents(readThroughTheApplicationsUpcasters());

        mvc.perform(put("/api/indicators/NI130/targets/2011-12").with(httpBasic("manager", "manager"))
                        .header("If-Match", "\"8\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 10000}, \"printed\": \"10,000\","
                                + " \"reason\": \"Restored after the ILF transfer\"}"))
                .andExpect(status().isOk());

        TargetSetEvent latest = (TargetSetEvent) eventStore.readEvents("NI130").asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload();
        assertThat(latest.previousPrintedTarget().printed()).isEqualTo("9,000");
        assertThat(latest.printedTarget().printed()).isEqualTo("10,000");
    }

    private List<DomainEventMessage<?>> readThroughTheApplicationsUpcasters() {
        return EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(
                        NI130_AT_REVISION_1.stream().map(StoredEvent::revision1).map(StoredEvent::asEntry),
                        eventSerializer, axon.upcasterChain()))
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }
}
