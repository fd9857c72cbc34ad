package io.outturn.query.yoy;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.rules.Direction;
import io.outturn.query.testsupport.HandlerInvocations;
import io.outturn.query.testsupport.ReadModelMongo;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.corrected;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;

class YearOnYearProjectionTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final Instant T0 = Instant.parse("2011-04-01T09:00:00Z");

    private ReadModelMongo readModels;
    private MongoTemplate mongo;
    private YearOnYearProjection projection;

    @BeforeEach
    void setUp() {
        readModels = ReadModelMongo.open();
        mongo = readModels.template();
        projection = new YearOnYearProjection(mongo);
    }

    @AfterEach
    void tearDown() {
        readModels.close();
    }

    private void handle(IndicatorEvent payload, long sequence) {
        DomainEventMessage<?> message = HandlerInvocations.message(payload, sequence, T0.plusSeconds(3600L * sequence));
        HandlerInvocations.inUnitOfWork(message, m ->
                projection.on((IndicatorEvent) m.getPayload(), m.getSequenceNumber(), m.getTimestamp()));
    }

    private List<IndicatorEvent> twoYears() {
        List<IndicatorEvent> events = new ArrayList<>(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                ni130Target(NI130, FY_2012_13)));
        String[] first = {"8200", "9400", "11500", "12300"};
        for (Quarter quarter : Quarter.values()) {
            events.add(actual(NI130, FY_2011_12, quarter, first[quarter.ordinal()]));
        }
        events.add(actual(NI130, FY_2012_13, Quarter.Q1, "12800"));
        return events;
    }

    private void handleAll(List<IndicatorEvent> events) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            handle(events.get(sequence), sequence);
        }
    }

    private Document stored() {
        return mongo.findById("NI130", Document.class, YearOnYearDocument.COLLECTION);
    }

    @Test
    void theSeriesIsKeptOnePerIndicatorOldestYearFirst() {
        handleAll(twoYears());

        YearOnYearDocument document = mongo.findById("NI130", YearOnYearDocument.class, YearOnYearDocument.COLLECTION);
        assertThat(document.lastSequence()).isEqualTo(7);
        assertThat(document.years()).hasSize(2);
        assertThat(document.years().get(0).fy()).isEqualTo(FY_2011_12);
        assertThat(document.years().get(0).outturn()).isEqualByComparingTo("12300");
        assertThat(document.years().get(1).likeForLike().previousValue()).isEqualByComparingTo("8200");
        assertThat(document.years().get(1).direction()).isEqualTo(Direction.IMPROVED);
    }

    @Test
    void eventsRedeliveredAfterACrashBeforeTheTokenMovedDoNotChangeTheDocument() {
        List<IndicatorEvent> events = twoYears();
        handleAll(events);
        Document before = stored();

        handle(events.get(6), 6);
        assertThat(stored()).isEqualTo(before);
        handle(events.get(7), 7);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anOlderEventReplayedAfterNewerOnesDoesNotChangeTheDocument() {
        List<IndicatorEvent> events = twoYears();
        events.add(corrected(NI130, FY_2011_12, Quarter.Q4, "12250", "12300", null));
        handleAll(events);
        Document before = stored();

        handle(events.get(6), 6);

        assertThat(stored()).isEqualTo(before);
        YearOnYearDocument document = mongo.findById("NI130", YearOnYearDocument.class, YearOnYearDocument.COLLECTION);
        assertThat(document.years().get(0).outturn()).isEqualByComparingTo("12250");
    }
    private void handleInOneBatch(List<IndicatorEvent> events, int firstSequence) throws Exception {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            long sequence = firstSequence + i;
            batch.add(HandlerInvocations.message(events.get(i), sequence, T0.plusSeconds(3600L * sequence)));
        }
        HandlerInvocations.inOneBatch(batch, m ->
                projection.on((IndicatorEvent) m.getPayload(), m.getSequenceNumber(), m.getTimestamp()));
    }

    @Test
    void aBatchOfEventsOnOneIndicatorRendersTheSeriesOnceFromTheStateItEndsWith() throws Exception {
        try (MockedStatic<YearOnYearViews> rendering = mockStatic(YearOnYearViews.class, CALLS_REAL_METHODS)) {
            handleInOneBatch(twoYears(), 0);

            rendering.verify(() -> YearOnYearViews.of(argThat(state -> state.version() == 8)), times(1));
            rendering.verify(() -> YearOnYearViews.of(any()), times(1));
        }
    }

    @Test
    void batchesGiveTheSameDocumentAsOneEventAtATime() throws Exception {
        List<IndicatorEvent> events = twoYears();
        events.add(corrected(NI130, FY_2011_12, Quarter.Q4, "12250", "12300", null));
        handleAll(events);
        Document oneAtATime = stored();
        projection.reset();

        handleInOneBatch(events.subList(0, 5), 0);
        handleInOneBatch(events.subList(5, events.size()), 5);

        assertThat(stored()).isEqualTo(oneAtATime);
        assertThat(stored().getLong("lastSequence")).isEqualTo(8L);
    }

    @Test
    void aRedeliveredBatchDoesNotChangeTheDocument() throws Exception {
        List<IndicatorEvent> events = twoYears();
        handleInOneBatch(events, 0);
        Document before = stored();

        handleInOneBatch(events, 0);
        handleInOneBatch(events.subList(4, events.size()), 4);

        assertThat(stored()).isEqualTo(before);
    }
}
