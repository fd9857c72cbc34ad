package io.outturn.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.outturn.values.IndicatorId;

/** Something that happened to one key performance indicator. */
public sealed interface IndicatorEvent extends OutturnEvent
        permits IndicatorDefinedEvent, IndicatorAmendedEvent, IndicatorDefinitionChangedEvent,
        IndicatorLineageLinkedEvent, TargetSetEvent, TargetWithdrawnEvent, TargetRevisionProposedEvent,
        TargetRevisionApprovedEvent, TargetRevisionRejectedEvent, ActualRecordedEvent, ActualCorrectedEvent,
        MilestoneAssessedEvent {

    IndicatorId indicatorId();

    @JsonIgnore
    @Override
    default String aggregateId() {
        return indicatorId().value();
    }
}
