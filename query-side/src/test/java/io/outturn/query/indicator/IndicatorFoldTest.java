package io.outturn.query.indicator;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.IndicatorEvent;
import io.outturn.values.Assessment;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import io.outturn.values.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.amended;
import static io.outturn.query.testsupport.Seed001.assessed;
import static io.outturn.query.testsupport.Seed001.carersRasDefined;
import static io.outturn.query.testsupport.Seed001.carersRasMilestone;
import static io.outturn.query.testsupport.Seed001.corrected;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static io.outturn.query.testsupport.Seed001.revisedTarget;
import static io.outturn.query.testsupport.Seed001.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

public class IndicatorFoldTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final Instant T0 = Instant.parse("2011-04-01T09:00:00Z");

    public static IndicatorState fold(List<? extends IndicatorEvent> events) {
        IndicatorState state = null;
        for (int sequence = 0; sequence < events.size(); sequence++) {
            state = IndicatorFold.apply(state, events.get(sequence), sequence, T0.plusSeconds(60L * sequence));
        }
        return state;
    }

    @Test
    void definingAnIndicatorGivesVersionOneAndItsDefinition() {
        IndicatorDefinedEvent defined = ni130Defined(NI130);

        IndicatorState state = IndicatorFold.apply(null, defined, 0, T0);

        assertThat(state.version()).isEqualTo(1);
        assertThat(state.lastChangedAt()).isEqualTo(T0);
        assertThat(state.definition().title()).isEqualTo("No of people on a personal budget");
        assertThat(state.definition().baseline().value()).isEqualByComparingTo("7000");
        assertThat(state.years()).isEmpty();
    }

    @Test
    void targetsAndActualsAreKeptPerFinancialYearAndQuarter() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                ni130Target(NI130, FY_2012_13), actual(NI130, FY_2011_12, Quarter.Q1, "8200")));

        assertThat(state.version()).isEqualTo(4);
        assertThat(state.lastChangedAt()).isEqualTo(T0.plusSeconds(180));
        assertThat(state.year(FY_2011_12).target()).isEqualTo(new Target.AtLeast(new BigDecimal("12000"), true));
        assertThat(state.year(FY_2011_12).printed()).isEqualTo("12,000");
        assertThat(state.year(FY_2011_12).actuals().get(Quarter.Q1))
                .isEqualTo(new ActualEntry(new BigDecimal("8200"), false, null));
        assertThat(state.year(FY_2012_13).actuals()).isEmpty();
    }

    @Test
    void aCorrectionReplacesTheValueAndMarksItCorrected() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), actual(NI130, FY_2011_12, Quarter.Q1, "8200"),
                corrected(NI130, FY_2011_12, Quarter.Q1, "8150", "8200", "late returns from one team")));

        assertThat(state.year(FY_2011_12).actuals().get(Quarter.Q1))
                .isEqualTo(new ActualEntry(new BigDecimal("8150"), true, "late returns from one team"));
    }

    @Test
    void aRevisionReplacesTheTargetAndAWithdrawalLeavesTheYearWithoutOne() {
        Target original = new Target.AtLeast(new BigDecimal("12000"), true);
        Target revised = new Target.AtLeast(new BigDecimal("11000"), true);
        IndicatorState revisedState = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                revisedTarget(NI130, FY_2011_12, revised, "11,000", original, "12,000")));
        IndicatorState withdrawnState = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                withdrawn(NI130, FY_2011_12, original, "12,000")));

        assertThat(revisedState.year(FY_2011_12).target()).isEqualTo(revised);
        assertThat(revisedState.year(FY_2011_12).printed()).isEqualTo("11,000");
        assertThat(withdrawnState.years()).containsKey(FY_2011_12);
        assertThat(withdrawnState.year(FY_2011_12).target()).isNull();
        assertThat(withdrawnState.year(FY_2011_12).printed()).isNull();
    }

    @Test
    void anAmendmentReplacesTheAmendablePartAndKeepsTheRest() {
        IndicatorDefinedEvent defined = ni130Defined(NI130);
        IndicatorState state = fold(List.of(defined, amended(defined, "People on a personal budget", BigDecimal.TEN)));

        assertThat(state.definition().title()).isEqualTo("People on a personal budget");
        assertThat(state.definition().tolerancePercent()).isEqualByComparingTo("10");
        assertThat(state.definition().organisation()).isEqualTo(defined.organisation());
        assertThat(state.definition().rollUp()).isEqualTo(defined.rollUp());
    }

    @Test
    void aMilestoneAssessmentIsRecordedForItsYear() {
        IndicatorId ras = IndicatorId.of("CarersPB-KPI1");
        IndicatorState state = fold(List.of(carersRasDefined(ras), carersRasMilestone(ras),
                assessed(ras, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, null)));

        assertThat(state.year(FY_2011_12).assessment()).isEqualTo(Assessment.PARTIALLY_ACHIEVED);
    }

    @Test
    void aRedeliveredEventLeavesTheStateAsItWas() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), actual(NI130, FY_2011_12, Quarter.Q1, "8200")));

        IndicatorState again = IndicatorFold.apply(state, actual(NI130, FY_2011_12, Quarter.Q1, "8200"), 1,
                T0.plusSeconds(60));

        assertThat(again).isSameAs(state);
    }

    @Test
    void anOlderEventReplayedAfterNewerOnesIsIgnored() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), actual(NI130, FY_2011_12, Quarter.Q1, "8200"),
                corrected(NI130, FY_2011_12, Quarter.Q1, "8150", "8200", null)));

        IndicatorState afterOldEvent = IndicatorFold.apply(state, actual(NI130, FY_2011_12, Quarter.Q1, "8200"), 1,
                T0.plusSeconds(60));

        assertThat(afterOldEvent).isSameAs(state);
        assertThat(afterOldEvent.year(FY_2011_12).actuals().get(Quarter.Q1).value()).isEqualByComparingTo("8150");
        assertThat(afterOldEvent.version()).isEqualTo(3);
    }
}
