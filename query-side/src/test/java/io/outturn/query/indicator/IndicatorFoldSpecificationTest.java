package io.outturn.query.indicator;

import io.outturn.events.IndicatorEvent;
import io.outturn.spec.IndicatorStateSpecification;
import io.outturn.spec.SpecifiedState;
import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.Target;
import io.outturn.values.Tolerance;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.assessed;
import static io.outturn.query.testsupport.Seed001.carersRasDefined;
import static io.outturn.query.testsupport.Seed001.carersRasMilestone;
import static io.outturn.query.testsupport.Seed001.revisedTarget;
import static io.outturn.query.testsupport.Seed001.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status cards' fold of indicator events is held to the specification of an indicator's state that the
 * command side's aggregate is held to as well.
 */
class IndicatorFoldSpecificationTest {

    private static final Instant T0 = Instant.parse("2012-07-20T09:00:00Z");
    private static final Target COMPLETE_ROLL_OUT = new Target.Milestone("Complete roll out");
    private static final Target MONITOR_AND_AMEND = new Target.Milestone("Monitor & amend");

    @TestFactory
    Stream<DynamicNode> theStatusCardsFoldMeetsTheSpecificationOfAnIndicatorsState() {
        return IndicatorStateSpecification.verify(IndicatorFoldSpecificationTest::specified);
    }

    @Test
    void anAchievedMilestoneRevisedToAnotherMilestoneShowsAGreyCardWithNoAssessment() {
        IndicatorId ras = IndicatorId.of("CarersPB-KPI1");
        IndicatorState state = fold(List.of(carersRasDefined(ras), carersRasMilestone(ras),
                assessed(ras, FY_2011_12, Assessment.ACHIEVED, null),
                revisedTarget(ras, FY_2011_12, MONITOR_AND_AMEND, "Monitor & amend", COMPLETE_ROLL_OUT,
                        "Complete roll out")));

        KpiStatusView card = KpiCards.card(state, FY_2011_12);

        assertThat(card.target().printed()).isEqualTo("Monitor & amend");
        assertThat(card.assessment()).isNull();
        assertThat(card.rag()).isEqualTo(Rag.GREY);
    }

    @Test
    void anAchievedMilestoneWhosePrintedTextAloneIsRevisedStaysAchievedAndGreen() {
        IndicatorId ras = IndicatorId.of("CarersPB-KPI1");
        IndicatorState state = fold(List.of(carersRasDefined(ras), carersRasMilestone(ras),
                assessed(ras, FY_2011_12, Assessment.ACHIEVED, null),
                revisedTarget(ras, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll-out", COMPLETE_ROLL_OUT,
                        "Complete roll out")));

        KpiStatusView card = KpiCards.card(state, FY_2011_12);

        assertThat(card.assessment()).isEqualTo(Assessment.ACHIEVED);
        assertThat(card.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void aWithdrawnAndResetMilestoneIsNoLongerAssessed() {
        IndicatorId ras = IndicatorId.of("CarersPB-KPI1");
        IndicatorState state = fold(List.of(carersRasDefined(ras), carersRasMilestone(ras),
                assessed(ras, FY_2011_12, Assessment.ACHIEVED, null),
                withdrawn(ras, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll out"), carersRasMilestone(ras)));

        KpiStatusView card = KpiCards.card(state, FY_2011_12);

        assertThat(card.assessment()).isNull();
        assertThat(card.rag()).isEqualTo(Rag.GREY);
    }

    private static IndicatorState fold(List<? extends IndicatorEvent> events) {
        IndicatorState state = null;
        for (int sequence = 0; sequence < events.size(); sequence++) {
            state = IndicatorFold.apply(state, events.get(sequence), sequence, T0.plusSeconds(60L * sequence));
        }
        return state;
    }

    private static SpecifiedState specified(List<IndicatorEvent> events) {
        IndicatorState state = fold(events);
        IndicatorDefinition definition = state.definition();
        SortedMap<FinancialYear, SpecifiedState.Year> years = new TreeMap<>();
        state.years().forEach((fy, year) -> {
            SortedMap<Quarter, SpecifiedState.Actual> actuals = new TreeMap<>();
            year.actuals().forEach((quarter, entry) ->
                    actuals.put(quarter, new SpecifiedState.Actual(entry.value(), entry.corrected())));
            years.put(fy, new SpecifiedState.Year(PrintedTarget.orNull(year.target(), year.printed()),
                    year.assessment(), year.assessmentNote(), actuals));
        });
        return new SpecifiedState(new SpecifiedState.Definition(definition.title(), definition.organisation(),
                definition.serviceGroup(), definition.leadOfficer(), definition.framework(), definition.unit(),
                definition.polarity(), definition.rollUp(), Tolerance.ofPercentOrDefault(definition.tolerancePercent()),
                definition.baseline()), years, state.version());
    }
}
