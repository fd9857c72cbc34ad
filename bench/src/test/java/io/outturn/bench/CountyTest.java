package io.outturn.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CountyTest {

    @Test
    void theSmokeCountyHasExactlyItsEventsEachWithItsOwnIdentifierAndAnUnbrokenSequencePerAggregate() {
        Scale scale = Scale.smoke();
        County county = new County(scale);

        Set<String> identifiers = new HashSet<>();
        Map<String, Long> nextSequence = new HashMap<>();
        long events = 0;
        for (Iterator<DomainEventMessage<?>> all = county.events(); all.hasNext(); events++) {
            DomainEventMessage<?> event = all.next();
            assertThat(identifiers.add(event.getIdentifier())).as("unique event identifier").isTrue();
            long expected = nextSequence.getOrDefault(event.getAggregateIdentifier(), 0L);
            assertThat(event.getSequenceNumber()).isEqualTo(expected);
            nextSequence.put(event.getAggregateIdentifier(), expected + 1);
        }

        assertThat(events).isEqualTo(scale.countyEvents());
        assertThat(nextSequence.get(county.heavyIndicatorId())).isEqualTo(scale.heavyIndicatorEvents());
        assertThat(nextSequence.keySet()).hasSize(scale.countyIndicators() + scale.savingsProgrammes());
    }
}
