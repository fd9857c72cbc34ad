package io.outturn.query.live;

import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.indicator.FindKpiStatusStreamQuery;
import io.outturn.query.testsupport.QuerySideIntegrationTest;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/indicators/stream}: a dashboard subscribes, an event changes a card, the card arrives as a
 * Server-Sent Event. The heartbeat is shortened so that a test can see one, and a user may have two streams open.
 */
@TestPropertySource(properties = {"outturn.live.heartbeat=100ms", "outturn.live.max-streams-per-user=2"})
class LiveStatusStreamTest extends QuerySideIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    private QueryUpdateEmitter updateEmitter;

    @Autowired
    private LiveStreams liveStreams;

    @Test
    void aSubscriberReceivesACardWhenItChanges() throws Exception {
        IndicatorId id = IndicatorId.of("NI130-live");
        MvcResult stream = subscribe(FY_2011_12);

        events.append(ni130Defined(id), ni130Target(id, FY_2011_12));

        await().atMost(PATIENCE).until(() -> cardEvents(stream).anyMatch(card ->
                card.contains("\"indicatorId\":\"NI130-live\"") && card.contains("\"version\":2")));
        String card = cardEvents(stream).filter(data -> data.contains("\"version\":2")).findFirst().orElseThrow();
        assertThat(card).contains("\"fy\":\"2011-12\"", "\"kind\":\"AT_LEAST\"", "\"value\":12000",
                "\"printed\":\"12,000\"", "\"rag\":\"GREY\"");
        assertThat(stream.getResponse().getContentAsString()).contains("id:NI130-live/2011-12/2");
        close(stream);
    }

    @Test
    void aSubscriberFirstReceivesTheCardsAsTheyStand() throws Exception {
        IndicatorId id = IndicatorId.of("NI130-standing");
        events.append(ni130Defined(id), ni130Target(id, FY_2011_12));
        projections.awaitCaughtUp(ProcessingGroups.KPI_STATUS);

        MvcResult stream = subscribe(FY_2011_12);

        await().atMost(PATIENCE).until(() -> cardEvents(stream).anyMatch(card ->
                card.contains("\"indicatorId\":\"NI130-standing\"")));
        close(stream);
    }

    @Test
    void aSubscriberToOneYearReceivesOnlyThatYearsCards() throws Exception {
        IndicatorId id = IndicatorId.of("NI130-years");
        MvcResult stream = subscribe(FY_2012_13);

        // Cards are announced in event order: the 2011-12 card would arrive before the 2012-13 one.
        events.append(ni130Defined(id), ni130Target(id, FY_2011_12));
        projections.awaitCaughtUp(ProcessingGroups.KPI_STATUS);
        events.append(ni130Target(id, FY_2012_13));

        await().atMost(PATIENCE).until(() -> cardEvents(stream).anyMatch(card ->
                card.contains("\"indicatorId\":\"NI130-years\"") && card.contains("\"fy\":\"2012-13\"")));
        assertThat(cardEvents(stream).filter(card -> card.contains("\"indicatorId\":\"NI130-years\"")))
                .allSatisfy(card -> assertThat(card).contains("\"fy\":\"2012-13\"").doesNotContain("\"fy\":\"2011-12\""));
        close(stream);
    }

    @Test
    void anIdleStreamSendsHeartbeats() throws Exception {
        MvcResult stream = subscribe(FY_2011_12);

        await().atMost(PATIENCE).until(() -> stream.getResponse().getContentAsString().contains(":heartbeat"));
        close(stream);
    }

    @Test
    void whenTheClientGoesAwayItsSubscriptionIsReleased() throws Exception {
        MvcResult stream = subscribe(FY_2011_12);
        assertThat(streamSubscriptions()).isPositive();

        stream.getRequest().getAsyncContext().complete();

        await().atMost(PATIENCE).until(() -> streamSubscriptions() == 0);
    }

    @Test
    void aUserWithAsManyStreamsOpenAsItMayHaveIsRefusedAnotherUntilOneCloses() throws Exception {
        MvcResult first = subscribe(FY_2011_12);
        MvcResult second = subscribe(FY_2012_13);

        mockMvc.perform(get("/api/indicators/stream").accept(MediaType.TEXT_EVENT_STREAM)
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("TOO_MANY_REQUESTS"));
        close(first);
        await().atMost(PATIENCE).untilAsserted(() -> mockMvc.perform(get("/api/indicators/stream")
                        .accept(MediaType.TEXT_EVENT_STREAM).with(httpBasic("viewer", "viewer")))
                .andExpect(request().asyncStarted())
                .andDo(third -> close(third)));
        close(second);
    }

    @Test
    void stoppingEndsEveryOpenStream() throws Exception {
        MvcResult stream = subscribe(FY_2011_12);
        try {
            liveStreams.stop();

            await().atMost(PATIENCE).until(() -> streamSubscriptions() == 0);
            // Throws unless the stream has been completed and dispatched.
            stream.getAsyncResult(PATIENCE.toMillis());
        } finally {
            liveStreams.start();
        }
    }

    @Test
    void theStreamNeedsAuthentication() throws Exception {
        mockMvc.perform(get("/api/indicators/stream").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isUnauthorized());
    }

    /** Opens a stream as a viewer and waits until its subscription query is registered. */
    private MvcResult subscribe(FinancialYear fy) throws Exception {
        long before = streamSubscriptions();
        MvcResult stream = mockMvc.perform(get("/api/indicators/stream").param("fy", fy.toString())
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .with(httpBasic("viewer", "viewer")))
                .andExpect(request().asyncStarted())
                .andReturn();
        await().atMost(PATIENCE).until(() -> streamSubscriptions() > before);
        return stream;
    }

    private void close(MvcResult stream) {
        stream.getRequest().getAsyncContext().complete();
    }

    private long streamSubscriptions() {
        return updateEmitter.activeSubscriptions().stream()
                .filter(subscription -> subscription.getPayload() instanceof FindKpiStatusStreamQuery)
                .count();
    }

    /** The data lines of the stream's {@code status} events so far. */
    private static Stream<String> cardEvents(MvcResult stream) throws Exception {
        String content = stream.getResponse().getContentAsString();
        return Stream.of(content.split("\n\n"))
                .filter(event -> List.of(event.split("\n")).contains("event:status"))
                .flatMap(event -> Stream.of(event.split("\n")))
                .filter(line -> line.startsWith("data:"))
                .map(line -> line.substring("data:".length()));
    }
}
