package io.outturn.bench;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.indicator.IndicatorFold;
import io.outturn.query.indicator.IndicatorState;
import io.outturn.values.FinancialYear;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorHistoryTest {

    private static final List<FinancialYear> TEN_YEARS =
            IntStream.range(0, 10).mapToObj(i -> FinancialYear.startingIn(2005 + i)).toList();

    private final IndicatorArchetype archetype = IndicatorArchetype.fromDemoPlan().get(0);

    @Test
    void aLongHistoryIsOneUnbrokenChronologicalStreamThatTheProjectionsFoldToTheLastVersion() {
        List<DomainEventMessage<?>> history = IndicatorHistory.generate("NI130-0001", archetype, TEN_YEARS, 1_000, 42);

        assertThat(history).hasSize(1_000);
        assertThat(history.get(0).getPayload()).isInstanceOf(IndicatorDefinedEvent.class);
        IndicatorState state = null;
        for (int i = 0; i < history.size(); i++) {
            DomainEventMessage<?> event = history.get(i);
            assertThat(event.getSequenceNumber()).isEqualTo(i);
            if (i > 0) {
                assertThat(event.getTimestamp()).isAfter(history.get(i - 1).getTimestamp());
            }
            state = IndicatorFold.apply(state, (IndicatorEvent) event.getPayload(), i, event.getTimestamp());
        }
        assertThat(state.version()).isEqualTo(1_000);
    }

    @Test
    void revisionsAndCorrectionsCarryWhatTheyReplaceAndAReason() {
        List<DomainEventMessage<?>> history = IndicatorHistory.generate("NI130-0002", archetype, TEN_YEARS, 500, 7);

        assertThat(history).filteredOn(e -> e.getPayload() instanceof TargetSetEvent set && set.isRevision())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getMetaData()).containsKey("reason"));
        assertThat(history).filteredOn(e -> e.getPayload() instanceof ActualCorrectedEvent)
                .isNotEmpty()
                .allSatisfy(e -> {
                    ActualCorrectedEvent correction = (ActualCorrectedEvent) e.getPayload();
                    assertThat(correction.value()).isNotEqualByComparingTo(correction.previousValue());
                    assertThat(e.getMetaData()).containsKeys("reason", "actor", "correlationId", "source");
                });
    }

    @Test
    void aShortHistoryIsTheBeginningOfALongOne() {
        List<DomainEventMessage<?>> history = IndicatorHistory.generate("NI130-0003", archetype, TEN_YEARS, 10, 3);

        assertThat(history).hasSize(10);
        assertThat(history.get(0).getPayload()).isInstanceOf(IndicatorDefinedEvent.class);
    }
}
