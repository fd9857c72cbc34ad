package io.outturn.query.indicator;

import io.outturn.events.IndicatorEvent;
import io.outturn.query.config.OrganisationZone;
import io.outturn.query.testsupport.HandlerInvocations;
import io.outturn.query.testsupport.ReadModelMongo;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.corrected;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class KpiStatusProjectionTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final Instant T0 = Instant.parse("2011-04-01T09:00:00Z");
    private static final OrganisationZone UK = new OrganisationZone(ZoneId.of(OrganisationZone.UK));

    private ReadModelMongo readModels;
    private MongoTemplate mongo;
    private QueryUpdateEmitter updates;
    private KpiStatusProjection projection;

    @BeforeEach
    void setUp() {
        readModels = ReadModelMongo.open();
        mongo = readModels.template();
        updates = mock(QueryUpdateEmitter.class);
        projection = new KpiStatusProjection(mongo, updates, UK);
    }

    @AfterEach
    void tearDown() {
        readModels.close();
    }

    private static DomainEventMessage<?> event(IndicatorEvent payload, long sequence) {
        return HandlerInvocations.message(payload, sequence, T0.plusSeconds(3600L * sequence));
    }

    private void handle(DomainEventMessage<?> message) {
        HandlerInvocations.inUnitOfWork(message, m ->
                projection.on((IndicatorEvent) m.getPayload(), m));
    }

    private void handleAll(List<IndicatorEvent> events) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            handle(event(events.get(sequence), sequence));
        }
    }

    private KpiStatusView card(String id) {
        return mongo.findById(id, KpiStatusDocument.class, KpiStatusDocument.COLLECTION).card();
    }

    /** Every stored document of the projection, exactly as MongoDB holds it. */
    private Map<String, Document> snapshot() {
        Map<String, Document> all = new TreeMap<>();
        for (String collection : List.of(KpiStatusDocument.COLLECTION, IndicatorStateDocument.COLLECTION)) {
            mongo.findAll(Document.class, collection).forEach(d -> all.put(collection + "/" + d.get("_id"), d));
        }
        return all;
    }

    private static List<IndicatorEvent> ni130WithThreeQuarters() {
        return List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12), ni130Target(NI130, FY_2012_13),
                actual(NI130, FY_2011_12, Quarter.Q1, "8200"), actual(NI130, FY_2011_12, Quarter.Q2, "9400"),
                actual(NI130, FY_2011_12, Quarter.Q3, "11500"));
    }

    @Test
    void eachYearWithATargetGetsACardKeyedByIndicatorAndYear() {
        handleAll(ni130WithThreeQuarters());

        KpiStatusDocument document = mongo.findById("NI130|2011-12", KpiStatusDocument.class, KpiStatusDocument.COLLECTION);
        assertThat(document.indicatorId()).isEqualTo(NI130);
        assertThat(document.fy()).isEqualTo(FY_2011_12);
        assertThat(document.rag()).isEqualTo(Rag.AMBER);
        assertThat(document.lastSequence()).isEqualTo(5);
        assertThat(document.card().yearToDate()).isEqualByComparingTo("11500");
        assertThat(card("NI130|2012-13").rag()).isEqualTo(Rag.GREY);
        IndicatorStateDocument state = mongo.findById("NI130", IndicatorStateDocument.class, IndicatorStateDocument.COLLECTION);
        assertThat(state.state().version()).isEqualTo(6);
        assertThat(state.lastSequence()).isEqualTo(5);
    }

    @Test
    void anEventForOneYearRendersEveryCardOfTheIndicatorWithTheNewVersion() {
        handleAll(ni130WithThreeQuarters());

        assertThat(card("NI130|2011-12").version()).isEqualTo(6);
        assertThat(card("NI130|2012-13").version()).isEqualTo(6);
        assertThat(card("NI130|2012-13").lastChangedAt()).isEqualTo(T0.plusSeconds(3600L * 5));
    }

    @Test
    void eventsRedeliveredAfterACrashBeforeTheTokenMovedDoNotChangeAnyDocument() {
        List<IndicatorEvent> events = ni130WithThreeQuarters();
        handleAll(events);
        Map<String, Document> before = snapshot();

        handle(event(events.get(4), 4));
        assertThat(snapshot()).isEqualTo(before);
        handle(event(events.get(5), 5));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anOlderEventReplayedAfterNewerOnesDoesNotChangeAnyDocument() {
        List<IndicatorEvent> events = new ArrayList<>(ni130WithThreeQuarters());
        events.add(corrected(NI130, FY_2011_12, Quarter.Q3, "12050", "11500", "restated after audit"));
        handleAll(events);
        Map<String, Document> before = snapshot();

        handle(event(events.get(5), 5));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(card("NI130|2011-12").actuals().get(Quarter.Q3).value()).isEqualByComparingTo("12050");
        assertThat(card("NI130|2011-12").rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void aBatchOfEventsGivesTheSameDocumentsAsOneEventAtATime() throws Exception {
        List<IndicatorEvent> events = ni130WithThreeQuarters();
        handleAll(events);
        Map<String, Document> oneAtATime = snapshot();
        projection.reset();

        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            batch.add(event(events.get(sequence), sequence));
        }
        HandlerInvocations.inOneBatch(batch, m ->
                projection.on((IndicatorEvent) m.getPayload(), m));

        assertThat(snapshot()).isEqualTo(oneAtATime);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void cardsAreAnnouncedToLiveFollowersOnlyOnceTheirBatchHasCommitted() {
        handleAll(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12)));
        updates = mock(QueryUpdateEmitter.class);
        projection = new KpiStatusProjection(mongo, updates, UK);
        DomainEventMessage<?> message = event(actual(NI130, FY_2011_12, Quarter.Q1, "8200"), 2);

        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        projection.on((IndicatorEvent) message.getPayload(), message);
        verifyNoInteractions(updates);
        unitOfWork.commit();

        ArgumentCaptor<Predicate> followers = ArgumentCaptor.forClass(Predicate.class);
        ArgumentCaptor<KpiStatusView> cards = ArgumentCaptor.forClass(KpiStatusView.class);
        verify(updates, times(1)).emit(eq(FindKpiStatusStreamQuery.class), followers.capture(), cards.capture());
        assertThat(cards.getValue().version()).isEqualTo(3);
        assertThat(followers.getValue().test(new FindKpiStatusStreamQuery(FY_2011_12))).isTrue();
        assertThat(followers.getValue().test(new FindKpiStatusStreamQuery(null))).isTrue();
        assertThat(followers.getValue().test(new FindKpiStatusStreamQuery(FY_2012_13))).isFalse();
    }

    private void handleInOneBatch(List<IndicatorEvent> events, int firstSequence) throws Exception {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            batch.add(event(events.get(i), firstSequence + i));
        }
        HandlerInvocations.inOneBatch(batch, m ->
                projection.on((IndicatorEvent) m.getPayload(), m));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aBatchOfEventsOnOneIndicatorWritesAndAnnouncesEachCardOnceAsTheBatchLeavesIt() throws Exception {
        handleInOneBatch(ni130WithThreeQuarters(), 0);

        ArgumentCaptor<KpiStatusView> announced = ArgumentCaptor.forClass(KpiStatusView.class);
        verify(updates, times(2)).emit(eq(FindKpiStatusStreamQuery.class), any(Predicate.class), announced.capture());
        assertThat(announced.getAllValues()).extracting(KpiStatusView::fy).containsExactly(FY_2011_12, FY_2012_13);
        assertThat(announced.getAllValues()).extracting(KpiStatusView::version).containsOnly(6L);
        assertThat(announced.getAllValues()).containsExactly(card("NI130|2011-12"), card("NI130|2012-13"));
        assertThat(mongo.findById("NI130|2012-13", KpiStatusDocument.class, KpiStatusDocument.COLLECTION)
                .lastSequence()).isEqualTo(5);
    }

    @Test
    void aBatchOfSixEventsOnOneIndicatorRendersItsCardsOnceFromTheStateItEndsWith() throws Exception {
        try (MockedStatic<KpiCards> rendering = mockStatic(KpiCards.class, CALLS_REAL_METHODS)) {
            handleInOneBatch(ni130WithThreeQuarters(), 0);

            rendering.verify(() -> KpiCards.cards(any()), times(1));
            rendering.verify(() -> KpiCards.card(any(), any()), never());
            rendering.verify(() -> KpiCards.cards(argThat(state -> state.version() == 6)));
        }
    }

    @Test
    void aBatchCarriedOnByTheNextBatchGivesTheSameDocumentsAsOneEventAtATime() throws Exception {
        List<IndicatorEvent> events = new ArrayList<>(ni130WithThreeQuarters());
        events.add(actual(NI130, FY_2011_12, Quarter.Q4, "12300"));
        events.add(corrected(NI130, FY_2011_12, Quarter.Q3, "12050", "11500", "restated after audit"));
        handleAll(events);
        Map<String, Document> oneAtATime = snapshot();
        projection.reset();

        handleInOneBatch(events.subList(0, 4), 0);
        handleInOneBatch(events.subList(4, events.size()), 4);

        assertThat(snapshot()).isEqualTo(oneAtATime);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aRedeliveredBatchChangesNoDocumentAndAnnouncesNothing() throws Exception {
        List<IndicatorEvent> events = ni130WithThreeQuarters();
        handleInOneBatch(events, 0);
        Map<String, Document> before = snapshot();
        updates = mock(QueryUpdateEmitter.class);
        projection = new KpiStatusProjection(mongo, updates, UK);

        handleInOneBatch(events, 0);
        handleInOneBatch(events.subList(3, events.size()), 3);

        assertThat(snapshot()).isEqualTo(before);
        verify(updates, never()).emit(any(Class.class), any(Predicate.class), any(Object.class));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void noUpdateIsMadeWhileNobodyFollowsTheCards() throws Exception {
        SimpleQueryUpdateEmitter emitter = spy(SimpleQueryUpdateEmitter.builder().build());
        projection = new KpiStatusProjection(mongo, emitter, UK);

        handleInOneBatch(ni130WithThreeQuarters(), 0);

        assertThat(card("NI130|2011-12").version()).isEqualTo(6);
        verify(emitter, never()).emit(any(Class.class), any(Predicate.class), any(Object.class));
    }

    @Test
    void aFollowerOfOneYearGetsThatYearsCardOnceAsTheBatchLeavesIt() throws Exception {
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        projection = new KpiStatusProjection(mongo, emitter, UK);
        UpdateHandlerRegistration<KpiStatusView> follower = emitter.registerUpdateHandler(
                new GenericSubscriptionQueryMessage<>(new FindKpiStatusStreamQuery(FY_2011_12),
                        ResponseTypes.instanceOf(KpiStatusStreamResponse.class),
                        ResponseTypes.instanceOf(KpiStatusView.class)), 16);

        handleInOneBatch(ni130WithThreeQuarters(), 0);
        follower.complete();

        List<KpiStatusView> received = follower.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload)
                .collectList().block();
        assertThat(received).containsExactly(card("NI130|2011-12"));
        assertThat(received.get(0).version()).isEqualTo(6);
    }

    @Test
    void resettingClearsCardsAndStates() {
        handleAll(ni130WithThreeQuarters());

        projection.reset();

        assertThat(snapshot()).isEmpty();
    }
}
