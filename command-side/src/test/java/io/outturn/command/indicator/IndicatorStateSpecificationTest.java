package io.outturn.command.indicator;

import io.outturn.command.domain.AggregateState;
import io.outturn.events.IndicatorEvent;
import io.outturn.spec.IndicatorStateSpecification;
import io.outturn.spec.SpecifiedState;
import io.outturn.values.FinancialYear;
import io.outturn.values.Quarter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The aggregate's state is held to the specification of an indicator's state that the status cards' fold is
 * held to as well: as the pure fold, and as the aggregate loaded from the same events.
 */
class IndicatorStateSpecificationTest {

    @TestFactory
    Stream<DynamicNode> theIndicatorsFoldMeetsTheSpecificationOfAnIndicatorsState() {
        return IndicatorStateSpecification.verify(events -> specified(AggregateState.fold(IndicatorState.NONE,
                IndicatorEvent.class, events.stream().map(GenericEventMessage::asEventMessage).toList())));
    }

    @TestFactory
    Stream<DynamicNode> theIndicatorLoadedFromItsEventsMeetsTheSpecificationOfAnIndicatorsState() {
        return IndicatorStateSpecification.verify(events -> specified(loaded(events)));
    }

    /** The aggregate as Axon loads it from its events, looked at while a command that changes nothing runs. */
    private static IndicatorState loaded(List<IndicatorEvent> events) {
        AtomicReference<IndicatorState> state = new AtomicReference<>();
        new AggregateTestFixture<>(Indicator.class)
                .given(List.copyOf(events))
                .when(new AmendIndicatorCommand(events.get(0).indicatorId(), null, null, null, null, null, null, null))
                .expectNoEvents()
                .expectState(indicator -> state.set(indicator.state()));
        return state.get();
    }

    /**
     * The state in the specification's terms. A year whose target was withdrawn and that holds nothing else is kept
     * by the aggregate only for when the withdrawal took effect, which the specification does not describe.
     */
    private static SpecifiedState specified(IndicatorState state) {
        IndicatorDefinition definition = state.definition();
        SortedMap<FinancialYear, SpecifiedState.Year> years = new TreeMap<>();
        state.years().forEach((fy, year) -> {
            if (year.target() == null && year.assessment() == null && year.actuals().isEmpty()) {
                return;
            }
            SortedMap<Quarter, SpecifiedState.Actual> actuals = new TreeMap<>();
            year.actuals().forEach((quarter, actual) ->
                    actuals.put(quarter, new SpecifiedState.Actual(actual.value(), actual.corrected())));
            IndicatorState.Assessed assessed = year.assessment();
            years.put(fy, new SpecifiedState.Year(year.target(), assessed == null ? null : assessed.assessment(),
                    assessed == null ? null : assessed.note(), actuals));
        });
        return new SpecifiedState(new SpecifiedState.Definition(definition.title(), definition.organisation(),
                definition.serviceGroup(), definition.leadOfficer(), definition.framework(), definition.unit(),
                definition.polarity(), definition.rollUp(), definition.tolerance(), definition.baseline()),
                years, state.version());
    }
}
