package io.outturn.spec;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Tolerance;
import io.outturn.values.Unit;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an indicator's state is after its events: one executable specification that every fold of indicator
 * events is held to (the aggregate's on the command side, the status cards' on the query side), so that no two
 * can disagree again. Each scenario is a stream of events, from seed 001's plan, with the state expected after
 * each one; a fold passes when, for every prefix of every stream, it gives the expected state.
 *
 * <p>An assessment judges one milestone: when a year's target becomes something else, or is withdrawn, the old
 * judgement no longer applies; a revision of the printed text alone keeps it.
 */
public final class IndicatorStateSpecification {

    /** A fold of indicator events, from the first, put in the specification's neutral form. */
    @FunctionalInterface
    public interface Fold {
        SpecifiedState fold(List<IndicatorEvent> events);
    }

    /** One event of a scenario and the state expected once it (and every event before it) is folded. */
    public record Step(IndicatorEvent event, SpecifiedState expected) {
    }

    public record Scenario(String name, List<Step> steps) {

        /** The scenario's events up to and including step {@code index}. */
        public List<IndicatorEvent> eventsThrough(int index) {
            return steps.subList(0, index + 1).stream().map(Step::event).toList();
        }
    }

    static final FinancialYear FY_2010_11 = FinancialYear.parse("2010-11");
    static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    static final FinancialYear FY_2012_13 = FinancialYear.parse("2012-13");

    static final String ASCH_PP =
            "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)";

    static final IndicatorId NI130 = IndicatorId.of("NI130");
    static final Baseline NI130_BASELINE = new Baseline(new BigDecimal("7000"), FY_2010_11, "Appendix 1 baseline");
    static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);
    static final Target FOURTEEN_THOUSAND = new Target.AtLeast(new BigDecimal("14000"), true);
    static final Target FOURTEEN_AND_A_HALF_THOUSAND = new Target.AtLeast(new BigDecimal("14500"), true);

    static final IndicatorId CARERS_RAS = IndicatorId.of("CarersPB-KPI1");
    static final Target COMPLETE_ROLL_OUT = new Target.Milestone("Complete roll out");
    static final Target MONITOR_AND_AMEND = new Target.Milestone("Monitor & amend");

    private IndicatorStateSpecification() {
    }

    /** The scenarios as data, for a fold that wants to walk them itself. */
    public static List<Scenario> scenarios() {
        return List.of(ni130TargetsActualsAndAnAmendment(), carersRasMilestones(), carersRasAssessmentsOfOtherYears());
    }

    /**
     * One test per step of every scenario, grouped by scenario: the fold of the events up to and including the
     * step must give the state expected after it. Return it from a {@code @TestFactory}.
     */
    public static Stream<DynamicNode> verify(Fold fold) {
        return scenarios().stream().map(scenario -> DynamicContainer.dynamicContainer(scenario.name(),
                IntStream.range(0, scenario.steps().size()).mapToObj(index -> {
                    Step step = scenario.steps().get(index);
                    return DynamicTest.dynamicTest("after event " + (index + 1) + ", " + describe(step.event()),
                            () -> assertThat(fold.fold(scenario.eventsThrough(index)))
                                    .as("%s, after event %d", scenario.name(), index + 1)
                                    .isEqualTo(step.expected()));
                })));
    }

    private static Scenario ni130TargetsActualsAndAnAmendment() {
        SpecifiedState.Definition defined = new SpecifiedState.Definition("No of people on a personal budget",
                ASCH_PP, "All", "Group Manager, Customer Access Social Care", Framework.of("NI"), Unit.COUNT,
                Polarity.HIGHER_IS_BETTER, RollUp.LATEST, Tolerance.DEFAULT, NI130_BASELINE);
        SpecifiedState.Definition amended = new SpecifiedState.Definition("People on a personal budget",
                ASCH_PP, "All", null, Framework.of("NI"), Unit.COUNT,
                Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new Tolerance(new BigDecimal("2.5")), NI130_BASELINE);
        PrintedTarget twelveThousand = new PrintedTarget(TWELVE_THOUSAND, "12,000");
        return new Script("NI130: targets set, revised and withdrawn, actuals recorded and corrected, definition amended")
                .then(new IndicatorDefinedEvent(NI130, "No of people on a personal budget", ASCH_PP, "All",
                                "Group Manager, Customer Access Social Care", Framework.of("NI"), Unit.COUNT,
                                Polarity.HIGHER_IS_BETTER, RollUp.LATEST, BigDecimal.valueOf(5), NI130_BASELINE, null, List.of()),
                        expect -> expect.definition(defined))
                .then(new TargetSetEvent(NI130, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null, null, null),
                        expect -> expect.year(FY_2011_12, year(twelveThousand)))
                .then(new TargetSetEvent(NI130, FY_2012_13, FOURTEEN_THOUSAND, "14,000", null, null, null, null, null),
                        expect -> expect.year(FY_2012_13, year(new PrintedTarget(FOURTEEN_THOUSAND, "14,000"))))
                .then(new ActualRecordedEvent(NI130, FY_2011_12, Quarter.Q1, new BigDecimal("9500"), null, null),
                        expect -> expect.year(FY_2011_12, year(twelveThousand,
                                Map.of(Quarter.Q1, recorded("9500")))))
                .then(new ActualRecordedEvent(NI130, FY_2011_12, Quarter.Q2, new BigDecimal("10400"),
                                "Ahead of the national rate", null),
                        expect -> expect.year(FY_2011_12, year(twelveThousand,
                                Map.of(Quarter.Q1, recorded("9500"), Quarter.Q2, recorded("10400")))))
                .then(new ActualCorrectedEvent(NI130, FY_2011_12, Quarter.Q1, new BigDecimal("9650.5"),
                                new BigDecimal("9500"), null, null, null),
                        expect -> expect.year(FY_2011_12, year(twelveThousand,
                                Map.of(Quarter.Q1, corrected("9650.5"), Quarter.Q2, recorded("10400")))))
                .then(new TargetSetEvent(NI130, FY_2012_13, FOURTEEN_AND_A_HALF_THOUSAND, "14,500",
                                FOURTEEN_THOUSAND, "14,000", null, null, null),
                        expect -> expect.year(FY_2012_13,
                                year(new PrintedTarget(FOURTEEN_AND_A_HALF_THOUSAND, "14,500"))))
                .then(new IndicatorAmendedEvent(NI130, "People on a personal budget", "All", null,
                                new BigDecimal("2.5"), NI130_BASELINE, null, List.of()),
                        expect -> expect.definition(amended))
                .then(new TargetWithdrawnEvent(NI130, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null),
                        expect -> expect.year(FY_2011_12, year(null,
                                Map.of(Quarter.Q1, corrected("9650.5"), Quarter.Q2, recorded("10400")))))
                .then(new TargetWithdrawnEvent(NI130, FY_2012_13, FOURTEEN_AND_A_HALF_THOUSAND, "14,500", null, null),
                        expect -> expect.noYear(FY_2012_13))
                .scenario();
    }

    /** Seed 001's carers' RAS: "Complete roll out" in 2011-12, "Monitor & amend" after. */
    private static Scenario carersRasMilestones() {
        PrintedTarget completeRollOut = new PrintedTarget(COMPLETE_ROLL_OUT, "Complete roll out");
        PrintedTarget completeRollOutReprinted = new PrintedTarget(COMPLETE_ROLL_OUT, "Complete roll-out");
        PrintedTarget monitorAndAmend = new PrintedTarget(MONITOR_AND_AMEND, "Monitor & amend");
        return new Script("Carers' RAS: an assessment judges one milestone")
                .then(new IndicatorDefinedEvent(CARERS_RAS, "Roll out of Carers' RAS to all service areas", ASCH_PP,
                                null, null, Framework.LOCAL, Unit.OTHER, Polarity.HIGHER_IS_BETTER, RollUp.LATEST,
                                BigDecimal.valueOf(5), null, null, List.of()),
                        expect -> expect.definition(new SpecifiedState.Definition(
                                "Roll out of Carers' RAS to all service areas", ASCH_PP, null, null, Framework.LOCAL,
                                Unit.OTHER, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, Tolerance.DEFAULT, null)))
                .then(new TargetSetEvent(CARERS_RAS, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll out", null, null, null, null, null),
                        expect -> expect.year(FY_2011_12, year(completeRollOut)))
                .then(new TargetSetEvent(CARERS_RAS, FY_2012_13, MONITOR_AND_AMEND, "Monitor & amend", null, null, null, null, null),
                        expect -> expect.year(FY_2012_13, year(monitorAndAmend)))
                .then(new MilestoneAssessedEvent(CARERS_RAS, FY_2011_12, Assessment.ACHIEVED, null,
                                "All service areas live", null, null),
                        expect -> expect.year(FY_2011_12,
                                assessed(completeRollOut, Assessment.ACHIEVED, "All service areas live")))
                .then(new TargetSetEvent(CARERS_RAS, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll-out",
                                COMPLETE_ROLL_OUT, "Complete roll out", null, null, null),
                        expect -> expect.year(FY_2011_12,
                                assessed(completeRollOutReprinted, Assessment.ACHIEVED, "All service areas live")))
                .then(new TargetSetEvent(CARERS_RAS, FY_2011_12, MONITOR_AND_AMEND, "Monitor & amend",
                                COMPLETE_ROLL_OUT, "Complete roll-out", null, null, null),
                        expect -> expect.year(FY_2011_12, year(monitorAndAmend)))
                .then(new MilestoneAssessedEvent(CARERS_RAS, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, null,
                                "Two areas remain", null, null),
                        expect -> expect.year(FY_2011_12,
                                assessed(monitorAndAmend, Assessment.PARTIALLY_ACHIEVED, "Two areas remain")))
                .then(new TargetWithdrawnEvent(CARERS_RAS, FY_2011_12, MONITOR_AND_AMEND, "Monitor & amend", null, null),
                        expect -> expect.noYear(FY_2011_12))
                .then(new TargetSetEvent(CARERS_RAS, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll out", null, null, null, null, null),
                        expect -> expect.year(FY_2011_12, year(completeRollOut)))
                .scenario();
    }

    /** A milestone assessed in one year is untouched by what happens to another year's target. */
    private static Scenario carersRasAssessmentsOfOtherYears() {
        PrintedTarget completeRollOut = new PrintedTarget(COMPLETE_ROLL_OUT, "Complete roll out");
        return new Script("Carers' RAS: revising one year's target leaves another year's assessment")
                .then(new IndicatorDefinedEvent(CARERS_RAS, "Roll out of Carers' RAS to all service areas", ASCH_PP,
                                null, null, Framework.LOCAL, Unit.OTHER, Polarity.HIGHER_IS_BETTER, RollUp.LATEST,
                                null, null, null, List.of()),
                        expect -> expect.definition(new SpecifiedState.Definition(
                                "Roll out of Carers' RAS to all service areas", ASCH_PP, null, null, Framework.LOCAL,
                                Unit.OTHER, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, Tolerance.DEFAULT, null)))
                .then(new TargetSetEvent(CARERS_RAS, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll out", null, null, null, null, null),
                        expect -> expect.year(FY_2011_12, year(completeRollOut)))
                .then(new MilestoneAssessedEvent(CARERS_RAS, FY_2011_12, Assessment.NOT_ACHIEVED, null, null, null, null),
                        expect -> expect.year(FY_2011_12, assessed(completeRollOut, Assessment.NOT_ACHIEVED, null)))
                .then(new TargetSetEvent(CARERS_RAS, FY_2012_13, MONITOR_AND_AMEND, "Monitor & amend", null, null, null, null, null),
                        expect -> expect.year(FY_2012_13, year(new PrintedTarget(MONITOR_AND_AMEND, "Monitor & amend"))))
                .then(new TargetSetEvent(CARERS_RAS, FY_2012_13, COMPLETE_ROLL_OUT, "Complete roll out",
                                MONITOR_AND_AMEND, "Monitor & amend", null, null, null),
                        expect -> expect.year(FY_2012_13, year(completeRollOut)))
                .then(new TargetWithdrawnEvent(CARERS_RAS, FY_2012_13, COMPLETE_ROLL_OUT, "Complete roll out", null, null),
                        expect -> expect.noYear(FY_2012_13))
                .scenario();
    }

    private static SpecifiedState.Year year(PrintedTarget target) {
        return new SpecifiedState.Year(target, null, null, null);
    }

    private static SpecifiedState.Year year(PrintedTarget target, Map<Quarter, SpecifiedState.Actual> actuals) {
        return new SpecifiedState.Year(target, null, null, new TreeMap<>(actuals));
    }

    private static SpecifiedState.Year assessed(PrintedTarget target, Assessment assessment, String note) {
        return new SpecifiedState.Year(target, assessment, note, null);
    }

    private static SpecifiedState.Actual recorded(String value) {
        return new SpecifiedState.Actual(new BigDecimal(value), false);
    }

    private static SpecifiedState.Actual corrected(String value) {
        return new SpecifiedState.Actual(new BigDecimal(value), true);
    }

    private static String describe(IndicatorEvent event) {
        String name = event.getClass().getSimpleName();
        if (event instanceof TargetSetEvent set) {
            return name + " " + set.fy() + " '" + set.printed() + "'";
        }
        if (event instanceof TargetWithdrawnEvent withdrawn) {
            return name + " " + withdrawn.fy();
        }
        if (event instanceof MilestoneAssessedEvent assessed) {
            return name + " " + assessed.fy() + " " + assessed.assessment();
        }
        if (event instanceof ActualRecordedEvent recorded) {
            return name + " " + recorded.fy() + " " + recorded.quarter();
        }
        if (event instanceof ActualCorrectedEvent corrected) {
            return name + " " + corrected.fy() + " " + corrected.quarter();
        }
        return name;
    }

    /** Writes a scenario step by step: each step names only what its event changes; the rest stays as expected. */
    private static final class Script {

        private final String name;
        private final List<Step> steps = new ArrayList<>();
        private final Expectation expectation = new Expectation();

        Script(String name) {
            this.name = name;
        }

        Script then(IndicatorEvent event, Consumer<Expectation> changes) {
            changes.accept(expectation);
            steps.add(new Step(event, new SpecifiedState(expectation.definition, new TreeMap<>(expectation.years),
                    steps.size() + 1L)));
            return this;
        }

        Scenario scenario() {
            return new Scenario(name, List.copyOf(steps));
        }
    }

    private static final class Expectation {

        private SpecifiedState.Definition definition;
        private final SortedMap<FinancialYear, SpecifiedState.Year> years = new TreeMap<>();

        void definition(SpecifiedState.Definition expected) {
            definition = expected;
        }

        void year(FinancialYear fy, SpecifiedState.Year expected) {
            years.put(fy, expected);
        }

        void noYear(FinancialYear fy) {
            years.remove(fy);
        }
    }
}
