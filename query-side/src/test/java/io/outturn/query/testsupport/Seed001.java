package io.outturn.query.testsupport;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Unit;

import java.math.BigDecimal;
import java.util.List;

/**
 * Indicator events built from seed 001 (Nottinghamshire County Council, Adult Social Care, Health and Public
 * Protection, business plan 2011-14; {@code /work/shared/data/kpis.csv}). Targets and baselines are the plan's;
 * quarterly actuals are not in the plan and are the tests' own. Every builder takes the indicator id, so that
 * tests sharing an event store can use ids of their own ({@code NI130-a}, ...).
 */
public final class Seed001 {

    public static final String ORGANISATION =
            "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)";
    public static final String PERSONAL_BUDGETS = "Personal budgets for everyone eligible by 2013";
    public static final String CARERS = "Carers' Personal Budgets";
    public static final String LEAD_OFFICER = "Group Manager, Customer Access Social Care";

    public static final FinancialYear FY_2010_11 = FinancialYear.parse("2010-11");
    public static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    public static final FinancialYear FY_2012_13 = FinancialYear.parse("2012-13");
    public static final FinancialYear FY_2013_14 = FinancialYear.parse("2013-14");

    private Seed001() {
    }

    public static IndicatorId id(String value) {
        return IndicatorId.of(value);
    }

    /** NI130 "No of people on a personal budget": a count of people at a point in time, baseline 7,000. */
    public static IndicatorDefinedEvent ni130Defined(IndicatorId id) {
        return new IndicatorDefinedEvent(id, "No of people on a personal budget", ORGANISATION, PERSONAL_BUDGETS,
                LEAD_OFFICER, Framework.of("NI"), Unit.COUNT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST,
                BigDecimal.valueOf(5), new Baseline(new BigDecimal("7000"), FY_2010_11, "Business plan 2011-14"), null, List.of());
    }

    /** NI130's printed targets: 12,000 in 2011-12 and 14,000 in 2012-13. */
    public static TargetSetEvent ni130Target(IndicatorId id, FinancialYear fy) {
        String printed = fy.equals(FY_2011_12) ? "12,000" : "14,000";
        BigDecimal value = fy.equals(FY_2011_12) ? new BigDecimal("12000") : new BigDecimal("14000");
        return new TargetSetEvent(id, fy, new Target.AtLeast(value, true), printed, null, null, null, null, null);
    }

    /** "Reviewing teams to complete 4,000 reassessments towards 11/12 target": a flow, summed over the year. */
    public static IndicatorDefinedEvent reassessmentsDefined(IndicatorId id) {
        return new IndicatorDefinedEvent(id, "Reviewing teams to complete 4,000 reassessments towards 11/12 target",
                ORGANISATION, PERSONAL_BUDGETS, LEAD_OFFICER, Framework.LOCAL, Unit.COUNT, Polarity.HIGHER_IS_BETTER,
                RollUp.SUM, null, null, null, List.of());
    }

    public static TargetSetEvent reassessmentsTarget(IndicatorId id) {
        return new TargetSetEvent(id, FY_2011_12, new Target.AtLeast(new BigDecimal("4000"), true), "4,000", null, null, null, null, null);
    }

    /** "Roll out of Carers' RAS to all service areas": a milestone, "Complete roll out" in 2011-12. */
    public static IndicatorDefinedEvent carersRasDefined(IndicatorId id) {
        return new IndicatorDefinedEvent(id, "Roll out of Carers' RAS to all service areas", ORGANISATION, CARERS,
                null, Framework.LOCAL, Unit.OTHER, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, null, null, List.of());
    }

    public static TargetSetEvent carersRasMilestone(IndicatorId id) {
        return new TargetSetEvent(id, FY_2011_12, new Target.Milestone("Complete roll out"), "Complete roll out", null, null, null, null, null);
    }

    /** "Increase in number of carers using Personal Budgets": printed "Tbc". */
    public static IndicatorDefinedEvent carersPbDefined(IndicatorId id) {
        return new IndicatorDefinedEvent(id, "Increase in number of carers using Personal Budgets (PB)", ORGANISATION,
                CARERS, null, Framework.LOCAL, Unit.COUNT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null,
                new Baseline(new BigDecimal("660"), FY_2010_11, "660 (13%)"), null, List.of());
    }

    public static TargetSetEvent tbc(IndicatorId id, FinancialYear fy) {
        return new TargetSetEvent(id, fy, new Target.ToBeConfirmed(), "Tbc", null, null, null, null, null);
    }

    public static TargetSetEvent revisedTarget(IndicatorId id, FinancialYear fy, Target target, String printed,
                                               Target previous, String previousPrinted) {
        return new TargetSetEvent(id, fy, target, printed, previous, previousPrinted, null, null, null);
    }

    public static TargetWithdrawnEvent withdrawn(IndicatorId id, FinancialYear fy, Target previous, String previousPrinted) {
        return new TargetWithdrawnEvent(id, fy, previous, previousPrinted, null, null);
    }

    public static ActualRecordedEvent actual(IndicatorId id, FinancialYear fy, Quarter quarter, String value) {
        return new ActualRecordedEvent(id, fy, quarter, new BigDecimal(value), null, null);
    }

    public static ActualCorrectedEvent corrected(IndicatorId id, FinancialYear fy, Quarter quarter, String value,
                                                 String previousValue, String note) {
        return new ActualCorrectedEvent(id, fy, quarter, new BigDecimal(value), new BigDecimal(previousValue), note, null, null);
    }

    public static MilestoneAssessedEvent assessed(IndicatorId id, FinancialYear fy, Assessment assessment,
                                                  Assessment previous) {
        return new MilestoneAssessedEvent(id, fy, assessment, previous, null, null, null);
    }

    public static IndicatorAmendedEvent amended(IndicatorDefinedEvent defined, String title, BigDecimal tolerancePercent) {
        return new IndicatorAmendedEvent(defined.indicatorId(), title, defined.serviceGroup(), defined.leadOfficer(),
                tolerancePercent, defined.baseline(), null, List.of());
    }
}
