package io.outturn.command.indicator;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.command.domain.CommandResult;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
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
}
