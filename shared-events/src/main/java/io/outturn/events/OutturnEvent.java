package io.outturn.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Everything Outturn has recorded. Two families, one per aggregate; each event names the aggregate it
 * belongs to so that read models can key documents without reading metadata.
 */
public sealed interface OutturnEvent permits IndicatorEvent, SavingsProgrammeEvent {

    /** The identifier of the aggregate the event belongs to, as stored in the event store. */
    @JsonIgnore
    String aggregateId();
}
