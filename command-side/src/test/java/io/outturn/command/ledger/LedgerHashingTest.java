package io.outturn.command.ledger;

import io.outturn.command.config.AggregateCacheConfiguration;
import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.ledger.CanonicalForm;
import io.outturn.ledger.ChainWalk;
import io.outturn.ledger.Ledger;
import io.outturn.ledger.StoredEvent;
import io.outturn.ledger.axon.LedgerStore;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every event is chained to its aggregate's previous one before it is stored: read back from the event store. */
@CommandSideTest
class LedgerHashingTest {

    static final String NI130 = """
            {"id": "NI130", "title": "No of people on a personal budget",
             "organisation": "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
             "framework": "NI", "unit": "COUNT", "polarity": "HIGHER_IS_BETTER", "rollUp": "LATEST",
             "baseline": {"value": 7000, "fy": "2010-11"}}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    ResettableEventStorageEngine storage;

    @Autowired
    EventStore eventStore;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    RecentHeads recentHeads;

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    @Qualifier(AggregateCacheConfiguration.INDICATOR_CACHE)
    Cache indicatorCache;

    @BeforeEach
    void emptyEventStore() {
        storage.reset();
        recentHeads.clear();
    }

    @Test
    void everyStoredEventCarriesItsHashOverItsCanonicalFormAndThePreviousEventsHash() throws Exception {
        defineNi130();
        setTarget("2011-12", 12000, null);
        setTarget("2011-12", 11000, "Cabinet agreed a lower target after the Q1 review");

        List<StoredEvent> events = stored("NI130");

        assertThat(events).hasSize(3);
        assertThat(events.get(0).storedPrevious()).isEqualTo(Ledger.GENESIS);
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            assertThat(event.storedHash()).isEqualTo(CanonicalForm.hash(event.storedPrevious(), event));
            if (i > 0) {
                assertThat(event.storedPrevious()).isEqualTo(events.get(i - 1).storedHash());
            }
        }
        assertThat(events.get(2).metadata()).containsEntry(EventMetadata.ACTOR, "manager")
                .containsEntry(EventMetadata.REASON, "Cabinet agreed a lower target after the Q1 review");
        assertThat(walk(events).breaks()).isEmpty();
    }

    @Test
    void aCommandOnARecentlyWrittenAggregateReadsNothingMoreToChainItsEvent() throws Exception {
        defineNi130();
        long reads = storage.aggregateReads();

        setTarget("2011-12", 12000, null);

        assertThat(storage.aggregateReads()).isEqualTo(reads);
        assertThat(walk(stored("NI130")).breaks()).isEmpty();
    }

    @Test
    void withoutARecentHeadThePreviousHashIsReadFromTheStore() throws Exception {
        defineNi130();
        setTarget("2011-12", 12000, null);
        recentHeads.clear();
        long reads = storage.aggregateReads();

        setTarget("2012-13", 14000, null);

        assertThat(storage.aggregateReads()).isEqualTo(reads + 1);
        List<StoredEvent> events = stored("NI130");
        assertThat(events.get(2).storedPrevious()).isEqualTo(events.get(1).storedHash());
        assertThat(walk(events).breaks()).isEmpty();
    }

    @Test
    void anAppendThatFailedLeavesNoHeadBehindForTheNextCommandToChainTo() throws Exception {
        defineNi130();
        storage.failNextAppend(new IllegalStateException("disk full"));
        mvc.perform(put("/api/indicators/NI130/targets/2011-12").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 12000}}"))
                .andExpect(status().isInternalServerError());

        setTarget("2011-12", 12500, null);

        List<StoredEvent> events = stored("NI130");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).storedPrevious()).isEqualTo(events.get(0).storedHash());
        assertThat(walk(events).breaks()).isEmpty();
    }

    @Test
    void eventsStoredBeforeTheLedgerStartTheChainAtTheirRetroactiveHash() throws Exception {
        IndicatorDefinedEvent legacy = new IndicatorDefinedEvent(IndicatorId.of("NI130"),
                "No of people on a personal budget", "Nottinghamshire County Council", null, null,
                Framework.of("NI"), Unit.COUNT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, BigDecimal.valueOf(5),
                new Baseline(new BigDecimal("7000"), FinancialYear.parse("2010-11"), null), null, List.of());
        storage.appendEvents(List.of(new GenericDomainEventMessage<>("Indicator", "NI130", 0, legacy,
                MetaData.with(EventMetadata.ACTOR, "manager").and(EventMetadata.SOURCE, EventMetadata.SOURCE_API))));

        setTarget("2011-12", 12000, null);

        List<StoredEvent> events = stored("NI130");
        assertThat(events.get(0).hashed()).isFalse();
        assertThat(events.get(1).storedPrevious()).isEqualTo(CanonicalForm.hash(Ledger.GENESIS, events.get(0)));
        ChainWalk walk = walk(events);
        assertThat(walk.breaks()).isEmpty();
        assertThat(walk.unhashedEvents()).isEqualTo(1);
    }

    @Test
    void anIndicatorLoadedFromASnapshotStillChainsToTheStoredPreviousEvent() throws Exception {
        defineNi130();
        for (int i = 1; i <= 101; i++) {
            commandGateway.sendAndWait(new SetTargetCommand(IndicatorId.of("NI130"), FinancialYear.parse("2011-12"),
                    new Target.AtLeast(BigDecimal.valueOf(12000 + i), true), null,
                    i == 1 ? null : GivenJustification.reason("revision " + i), null, null));
        }
        assertThat(storage.readSnapshot("NI130")).as("a snapshot was taken").isPresent();
        indicatorCache.removeAll();
        recentHeads.clear();

        setTarget("2012-13", 14000, null);

        List<StoredEvent> events = stored("NI130");
        assertThat(events).hasSize(103);
        assertThat(events.get(102).storedPrevious()).isEqualTo(events.get(101).storedHash());
        assertThat(walk(events).breaks()).isEmpty();
    }

    private List<StoredEvent> stored(String aggregateId) {
        return new LedgerStore(eventStore, eventSerializer).aggregate(aggregateId);
    }

    private static ChainWalk walk(List<StoredEvent> events) {
        ChainWalk walk = new ChainWalk();
        events.forEach(walk::accept);
        return walk;
    }

    private void defineNi130() throws Exception {
        mvc.perform(post("/api/indicators").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(NI130))
                .andExpect(status().isCreated());
    }

    private void setTarget(String fy, int value, String reason) throws Exception {
        mvc.perform(put("/api/indicators/NI130/targets/" + fy).with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\": {\"kind\": \"AT_LEAST\", \"value\": " + value + "}"
                                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}"))
                .andExpect(status().isOk());
    }
}
