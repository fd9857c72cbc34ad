package io.outturn.command.indicator;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.RevisionApproval;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.Baseline;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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
    /** The command's time: when a change takes effect unless it says otherwise. */
    static final Instant NOW = CLOCK.instant();

    /** Seed 001's plan follows "the budget agreed at Full Council in February 2011": its targets took effect then. */
    static final Instant PLAN_APPROVED = Instant.parse("2011-02-01T00:00:00Z");
    /** The decision that revised NI130's 2011-12 target of 12,000, in the example of README and API.md. */
    static final Decision CABINET_MINUTE_45 = new Decision("Cabinet 12 March 2011, minute 45", "Cabinet",
            LocalDate.of(2011, 3, 12), null);
    /** 00:00 on 12 March 2011 in the UK (GMT then): {@code effectiveFrom: "2011-03-12"}. */
    static final Instant CABINET_MET = Instant.parse("2011-03-12T00:00:00Z");
    static final Target THIRTEEN_THOUSAND = new Target.AtLeast(new BigDecimal("13000"), true);
    static final String REBASELINED = "Rebaselined: personal budgets for everyone eligible by 2013";

    private Ni130() {
    }

    /** A fixture whose handlers take {@link #CLOCK} as the command's time. */
    static FixtureConfiguration<Indicator> fixture() {
        FixtureConfiguration<Indicator> fixture = new AggregateTestFixture<>(Indicator.class);
        fixture.registerInjectableResource(CLOCK);
        // Every revision takes effect at once unless a test says otherwise (the default, none).
        fixture.registerInjectableResource(RevisionApproval.NONE);
        return fixture;
    }

    /** A reason in words only, as clients sent before reason codes. */
    static GivenJustification because(String reason) {
        return GivenJustification.reason(reason);
    }

    static DefineIndicatorCommand define() {
        return new DefineIndicatorCommand(ID, TITLE, ORGANISATION, SERVICE_GROUP, LEAD_OFFICER, NI, Unit.COUNT,
                Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, BASELINE);
    }

    static IndicatorDefinedEvent defined() {
        return new IndicatorDefinedEvent(ID, TITLE, ORGANISATION, SERVICE_GROUP, LEAD_OFFICER, NI, Unit.COUNT,
                Polarity.HIGHER_IS_BETTER, RollUp.LATEST, FIVE, BASELINE, null, List.of());
    }

    /** A first setting recorded before effective dates: it took effect when it was recorded. */
    static TargetSetEvent targetSet(FinancialYear fy, Target target, String printed) {
        return new TargetSetEvent(ID, fy, target, printed, null, null, null, null, null);
    }

    /** The 2011-12 target of 12,000 as the approved plan set it. */
    static TargetSetEvent twelveThousandSetWithThePlan() {
        return new TargetSetEvent(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null, PLAN_APPROVED, null);
    }
}
