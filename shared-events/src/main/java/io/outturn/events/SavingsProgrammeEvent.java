package io.outturn.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.outturn.values.ProgrammeId;

/** Something that happened to one savings programme or one of its lines. */
public sealed interface SavingsProgrammeEvent extends OutturnEvent
        permits SavingsProgrammeCreatedEvent, SavingsLineAddedEvent, SavingsLineRevisedEvent,
        SavingsLineWithdrawnEvent, SavingsDeliveryRecordedEvent {

    ProgrammeId programmeId();

    @JsonIgnore
    @Override
    default String aggregateId() {
        return programmeId().value();
    }
}
