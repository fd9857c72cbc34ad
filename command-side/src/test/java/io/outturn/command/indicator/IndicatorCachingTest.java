package io.outturn.command.indicator;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.outturn.command.indicator.Ni130.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command side keeps loaded indicators in memory (outturn.aggregate-cache), never at the cost of truth. */
@CommandSideTest
class IndicatorCachingTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    ResettableEventStorageEngine storage;

    @Autowired
    EventStore eventStore;

    @BeforeEach
    void emptyEventStore() {
        storage.reset();
    }

    @Test
    void commandsOnAWarmIndicatorReadNothingFromTheEventStore() {
        commands.sendAndWait(define());
        long readsBefore = storage.aggregateReads();

        commands.sendAndWait(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null));
        CommandResult revised = commands.sendAndWait(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND,
                "14,000", because("Cabinet raised the ambition"), null, 2L));

        assertThat(storage.aggregateReads()).isEqualTo(readsBefore);
        assertThat(revised.version()).isEqualTo(3);
    }

    @Test
    void aCommandWhoseEventsWereNotStoredLeavesNoTraceInTheCachedIndicator() {
        commands.sendAndWait(define());
        storage.failNextAppend(new IllegalStateException("disk full"));

        assertThatThrownBy(() -> commands.sendAndWait(
                new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null)))
                .hasMessageContaining("disk full");

        // Had the cache kept the failed command's target, this would be a revision needing a reason.
        CommandResult set = commands.sendAndWait(
                new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null, null, 1L));
        assertThat(set.version()).isEqualTo(2);
        assertThat(storage.readEvents(ID.value(), 0).asStream().map(DomainEventMessage::getPayloadType))
                .containsExactly((Class) IndicatorDefinedEvent.class, (Class) TargetSetEvent.class);
    }

    /**
     * Another command side changed the indicator after this one cached it (Axon Server moved its routing there and
     * back): the cached indicator still has 12,000, the store 14,000. Re-sending 12,000 without a reason is a
     * revision of 14,000, not a no-op.
     */
    @Test
    void anIndicatorChangedElsewhereSinceItWasCachedIsDecidedOnItsStoredState() {
        commands.sendAndWait(define());
        commands.sendAndWait(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null));
        eventStore.publish(storedElsewhere(2, new TargetSetEvent(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000",
                TWELVE_THOUSAND, "12,000", null, null, null)));

        assertThatThrownBy(() -> commands.sendAndWait(
                new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null)))
                .satisfies(failure -> assertThat(RejectedException.in(failure)).get()
                        .extracting(Rejection::code).isEqualTo(Rejection.Code.REASON_REQUIRED));
        CommandResult withReason = commands.sendAndWait(
                new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", because("Back to the printed plan"), null, null));
        assertThat(withReason.version()).isEqualTo(4);
    }

    /**
     * The command's append loses a race: another writer stored the same target first. Decided again on what is
     * now stored, the command is a no-op, not a failure.
     */
    @Test
    void aCommandWhoseAppendLostARaceIsDecidedAgainOnFreshState() {
        commands.sendAndWait(define());
        storage.loseNextAppendsTo(storedElsewhere(1, targetSet(FY_2011_12, FOURTEEN_THOUSAND, "14,000")));

        CommandResult result = commands.sendAndWait(
                new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null, null, null));

        assertThat(result.changed()).isFalse();
        assertThat(result.version()).isEqualTo(2);
        assertThat(storage.readEvents(ID.value(), 0).asStream().map(DomainEventMessage::getPayloadType))
                .containsExactly((Class) IndicatorDefinedEvent.class, (Class) TargetSetEvent.class);
    }

    private static DomainEventMessage<?> storedElsewhere(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Indicator", ID.value(), sequence, payload);
    }
}
