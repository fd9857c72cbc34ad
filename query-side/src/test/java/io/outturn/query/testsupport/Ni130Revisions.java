package io.outturn.query.testsupport;

import io.outturn.events.EventMetadata;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static io.outturn.query.testsupport.Seed001.revisedTarget;
import static io.outturn.query.testsupport.Seed001.withdrawn;

/**
 * The history of NI130 "No of people on a personal budget" (seed 001, baseline 7,000 in 2010-11) that the
 * audit, history and as-of tests replay, one event per line, versions 1 to 7:
 * <ol>
 *   <li>2011-04-05 10:00 defined, from an import of the business plan</li>
 *   <li>2011-04-05 10:01 target 12,000 for 2011-12, by manager</li>
 *   <li>2011-04-05 10:02 target 14,000 for 2012-13, by manager</li>
 *   <li>2011-07-14 09:00 Q1 2011-12 actual 8,150 (the tests' own figure: the plan has no actuals)</li>
 *   <li>2011-09-01 11:00 target for 2011-12 revised to 12,500, "Cabinet approved stretch"</li>
 *   <li>2011-10-14 09:00 Q2 2011-12 actual 9,420</li>
 *   <li>2012-03-20 15:00 target for 2012-13 withdrawn by admin, "Superseded by the 2012-15 plan"</li>
 * </ol>
 */
public final class Ni130Revisions {

    /** The SHA-256 of seed 001 as stored, standing in for the imported business plan file. */
    public static final String PLAN_SHA_256 = "5f895094403f5c37993fbf4d25e48126a6c62df866df4aeb16f45c45ba572634";
    public static final String STRETCH = "Cabinet approved stretch";
    public static final String SUPERSEDED = "Superseded by the 2012-15 plan";

    public static final Instant DEFINED_AT = Instant.parse("2011-04-05T10:00:00Z");
    public static final Instant TARGET_SET_AT = Instant.parse("2011-04-05T10:01:00Z");
    public static final Instant Q1_RECORDED_AT = Instant.parse("2011-07-14T09:00:00Z");
    public static final Instant REVISED_AT = Instant.parse("2011-09-01T11:00:00Z");
    public static final Instant Q2_RECORDED_AT = Instant.parse("2011-10-14T09:00:00Z");
    public static final Instant WITHDRAWN_AT = Instant.parse("2012-03-20T15:00:00Z");

    public static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);
    public static final Target TWELVE_THOUSAND_FIVE_HUNDRED = new Target.AtLeast(new BigDecimal("12500"), true);
    public static final Target FOURTEEN_THOUSAND = new Target.AtLeast(new BigDecimal("14000"), true);

    private Ni130Revisions() {
    }

    /** Appends the seven events for {@code id}; returns them as stored, in order (index = version - 1). */
    public static List<Published> publish(PublishedEvents events, IndicatorId id) {
        List<Published> published = new ArrayList<>();
        published.addAll(events.at(DEFINED_AT).by("manager")
                .source(EventMetadata.importSource(PLAN_SHA_256))
                .append(ni130Defined(id)));
        published.addAll(events.at(TARGET_SET_AT).by("manager")
                .append(ni130Target(id, FY_2011_12), ni130Target(id, FY_2012_13)));
        published.addAll(events.at(Q1_RECORDED_AT).by("manager")
                .append(actual(id, FY_2011_12, Quarter.Q1, "8150")));
        published.addAll(events.at(REVISED_AT).by("manager").because(STRETCH)
                .append(revisedTarget(id, FY_2011_12, TWELVE_THOUSAND_FIVE_HUNDRED, "12,500", TWELVE_THOUSAND, "12,000")));
        published.addAll(events.at(Q2_RECORDED_AT).by("manager")
                .append(actual(id, FY_2011_12, Quarter.Q2, "9420")));
        published.addAll(events.at(WITHDRAWN_AT).by("admin").because(SUPERSEDED)
                .append(withdrawn(id, FY_2012_13, FOURTEEN_THOUSAND, "14,000")));
        return List.copyOf(published);
    }
}
