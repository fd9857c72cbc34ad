package io.outturn.command.savings;

import io.outturn.command.domain.GivenJustification;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The savings and efficiencies programme of Nottinghamshire's ASCH&PP business plan 2011-14 (seed 001): a
 * four-year target of £63,833,000, lines printed in £000 per year.
 */
final class Seed001Savings {

    static final ProgrammeId ID = ProgrammeId.of("asch-pp-2011-14");
    static final String TITLE = "Savings and efficiencies programme 2011-14";
    static final String ORGANISATION =
            "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)";
    static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    static final FinancialYear FY_2012_13 = FinancialYear.parse("2012-13");
    static final FinancialYear FY_2013_14 = FinancialYear.parse("2013-14");
    static final FinancialYear FY_2014_15 = FinancialYear.parse("2014-15");
    static final List<FinancialYear> YEARS = List.of(FY_2011_12, FY_2012_13, FY_2013_14);
    static final Money OVERALL_TARGET = Money.of("63833000");

    static final String ADULT_SOCIAL_CARE = "Adult Social Care";
    static final String PUBLIC_PROTECTION = "Public Protection";
    static final LineId REABLEMENT_SERVICE = LineId.of("adult-social-care-2");
    static final LineId REABLEMENT_RESTRUCTURE = LineId.of("adult-social-care-3");
    static final LineId TRADING_STANDARDS_STAFFING = LineId.of("public-protection-2");

    /** Ref 2, Adult Social Care: 1,300 / 700 / 0 (£000). */
    static final SavingsProfile REABLEMENT_SERVICE_PROFILE = profile("1300000", "700000", "0");

    /** 20 July 2012: every quarter of 2011-12 and Q1 of 2012-13 have ended; Q2 of 2012-13 has not. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2012-07-20T09:00:00Z"), ZoneOffset.UTC);
    /** The command's time: when a change takes effect unless it says otherwise. */
    static final Instant NOW = CLOCK.instant();

    private Seed001Savings() {
    }

    /** A fixture whose handlers take {@link #CLOCK} as the command's time. */
    static FixtureConfiguration<SavingsProgramme> fixture() {
        FixtureConfiguration<SavingsProgramme> fixture = new AggregateTestFixture<>(SavingsProgramme.class);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    /** A reason in words only, as clients sent before reason codes. */
    static GivenJustification because(String reason) {
        return GivenJustification.reason(reason);
    }

    static SavingsProfile profile(String fy2011, String fy2012, String fy2013) {
        return SavingsProfile.of(Map.of(FY_2011_12, Money.of(fy2011), FY_2012_13, Money.of(fy2012),
                FY_2013_14, Money.of(fy2013)));
    }

    static SavingsProgrammeCreatedEvent created() {
        return new SavingsProgrammeCreatedEvent(ID, TITLE, ORGANISATION, YEARS, OVERALL_TARGET);
    }

    static SavingsLineAddedEvent reablementServiceAdded() {
        return new SavingsLineAddedEvent(ID, REABLEMENT_SERVICE, "2", "Reablement & Homecare - service",
                ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, null);
    }
}
