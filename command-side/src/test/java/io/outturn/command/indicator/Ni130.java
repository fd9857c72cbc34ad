package io.outturn.command.indicator;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.Baseline;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Unit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * NI130 "People on a personal budget" as Nottinghamshire's ASCH&PP business plan 2011-14 (seed 001) prints it:
 * baseline 7,000, targets 12,000 for 2011-12 and 14,000 for 2012-13.
 */
final class Ni130 {

    static final IndicatorId ID = IndicatorId.of("NI130");
    static final String TITLE = "People on a personal budget";
    static final String ORGANISATION =
            "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)";
    static final String SERVICE_GROUP = "All";
    static final String LEAD_OFFICER = "Group Manager, Customer Access Social Care";
    static final Framework NI = Framework.of("NI");
    static final FinancialYear FY_2010_11 = FinancialYear.parse("2010-11");
    static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    static final FinancialYear FY_2012_13 = FinancialYear.parse("2012-13");
    static final Baseline BASELINE = new Baseline(new BigDecimal("7000"), FY_2010_11, "Appendix 1 baseline");
    static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);
    static final Target FOURTEEN_THOUSAND = new Target.AtLeast(new BigDecimal("14000"), true);
    static final BigDecimal FIVE = BigDecimal.valueOf(5);

    /** 20 July 2012: every quarter of 2011-12 and Q1 of 2012-13 have ended; Q2 of 2012-13 has not. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2012-07-20T09:00:00Z"), ZoneOffset.UTC);

    private Ni130() {
    }

    static DefineIndicatorCommand define() {
        return new DefineIndicatorCommand(ID, TITLE, ORGANISATION, SERVICE_GROUP, LEAD_OFFICER, NI, Unit.COUNT,
                Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, BASELINE);
    }

    static IndicatorDefinedEvent defined() {
        return new IndicatorDefinedEvent(ID, TITLE, ORGANISATION, SERVICE_GROUP, LEAD_OFFICER, NI, Unit.COUNT,
                Polarity.HIGHER_IS_BETTER, RollUp.LATEST, FIVE, BASELINE);
    }

    static TargetSetEvent targetSet(FinancialYear fy, Target target, String printed) {
        return new TargetSetEvent(ID, fy, target, printed, null, null);
    }
}
