package io.outturn.command.imports;

import io.outturn.command.domain.AggregateState;
import io.outturn.command.indicator.IndicatorState;
import io.outturn.command.savings.SavingsProgrammeState;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.values.IndicatorId;
import io.outturn.values.ProgrammeId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What is already recorded for an indicator or a programme, folded from its events by the aggregate's own
 * fold, so that a file is checked against exactly what the aggregate will decide on, and its commands name
 * the version they were checked against. Reads from sequence 0, which bypasses snapshots.
 */
@Component
class RecordedAggregates {

    private final EventStore eventStore;

    RecordedAggregates(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The indicator as its events made it; empty when it has none. */
    Optional<IndicatorState> indicator(IndicatorId id) {
        IndicatorState state = AggregateState.fold(IndicatorState.NONE, IndicatorEvent.class, events(id.value()));
        return state.exists() ? Optional.of(state) : Optional.empty();
    }

    /** The programme as its events made it; empty when it has none. */
    Optional<SavingsProgrammeState> programme(ProgrammeId id) {
        SavingsProgrammeState state =
                AggregateState.fold(SavingsProgrammeState.NONE, SavingsProgrammeEvent.class, events(id.value()));
        return state.exists() ? Optional.of(state) : Optional.empty();
    }

    /** With their timestamps, which the fold needs for when each change took effect. */
    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream().toList();
    }
}
