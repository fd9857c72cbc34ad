package io.outturn.query.testsupport;

import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.Quarter;
import io.outturn.values.ReasonCode;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.outturn.query.testsupport.Ni130Revisions.FOURTEEN_THOUSAND;
import static io.outturn.query.testsupport.Ni130Revisions.TWELVE_THOUSAND;
import static io.outturn.query.testsupport.Ni130Revisions.TWELVE_THOUSAND_FIVE_HUNDRED;
import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.ni130Defined;

/**
 * NI130 "No of people on a personal budget" as a council that adopts Outturn years later loads it (docs/design.md,
 * "Two time axes"): the targets printed in seed 001's business plan 2011-14, 12,000 for 2011-12 and 14,000 for
 * 2012-13, in force from the plan's first day; the 2011-12 target revised to 12,500 at a later committee; all of it
 * loaded in 2015. The plan prints no adoption date, so the start of its first financial year stands for it; the
 * revision, its committee and the quarterly actuals are the tests' own (the plan has none). Versions 1 to 7:
 * <ol>
 *   <li>recorded 2015-02-10 09:00: defined (no effective date: what an indicator is, is not on that axis)</li>
 *   <li>09:01: target 12,000 for 2011-12, in force from 2011-04-01</li>
 *   <li>09:02: target 14,000 for 2012-13, in force from 2011-04-01</li>
 *   <li>09:03: Q1 2011-12 actual 8,150, published 2011-07-14</li>
 *   <li>09:04: Q2 2011-12 actual 9,420, published 2011-10-14</li>
 *   <li>recorded 2015-03-02 10:00: the 2011-12 target revised to 12,500, decided by Cabinet on 2011-11-16</li>
 *   <li>10:01: Q3 2011-12 actual 11,800, with no publication date: in force from when it was recorded</li>
 * </ol>
 */
public final class Ni130LoadedLater {

    public static final Instant PLAN_IN_FORCE = Instant.parse("2011-04-01T00:00:00Z");
    public static final Instant Q1_PUBLISHED = Instant.parse("2011-07-14T09:00:00Z");
    public static final Instant Q2_PUBLISHED = Instant.parse("2011-10-14T09:00:00Z");
    public static final Instant COMMITTEE = Instant.parse("2011-11-16T10:00:00Z");
    public static final Instant LOADED = Instant.parse("2015-02-10T09:00:00Z");
    public static final Instant REVISION_LOADED = Instant.parse("2015-03-02T10:00:00Z");
    public static final Instant Q3_RECORDED = Instant.parse("2015-03-02T10:01:00Z");
    public static final String STRETCH = "Cabinet approved stretch";

    private Ni130LoadedLater() {
    }

    /** The seven events for {@code id}, in sequence. */
    public static List<IndicatorEvent> events(IndicatorId id) {
        return List.of(
                ni130Defined(id),
                printedInThePlan(id, FY_2011_12, TWELVE_THOUSAND, "12,000"),
                printedInThePlan(id, FY_2012_13, FOURTEEN_THOUSAND, "14,000"),
                actual(id, Quarter.Q1, "8150", Q1_PUBLISHED),
                actual(id, Quarter.Q2, "9420", Q2_PUBLISHED),
                new TargetSetEvent(id, FY_2011_12, TWELVE_THOUSAND_FIVE_HUNDRED, "12,500", TWELVE_THOUSAND, "12,000",
                        new Justification(ReasonCode.POLICY_CHANGE, STRETCH,
                                new Decision("Cabinet 16 November 2011", "Cabinet", LocalDate.of(2011, 11, 16), null)),
                        COMMITTEE, null),
                actual(id, Quarter.Q3, "11800", null));
    }

    /** When each of {@link #events} was recorded. */
    public static List<Instant> recordedAt() {
        return List.of(LOADED, LOADED.plusSeconds(60), LOADED.plusSeconds(120), LOADED.plusSeconds(180),
                LOADED.plusSeconds(240), REVISION_LOADED, Q3_RECORDED);
    }

    /** The events as the event store gives them back, for the folds. */
    public static List<RecordedEvent> recorded(IndicatorId id) {
        List<IndicatorEvent> events = events(id);
        List<Instant> recordedAt = recordedAt();
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            recorded.add(new RecordedEvent(events.get(sequence), sequence, recordedAt.get(sequence), "manager",
                    sequence == 5 ? STRETCH : null, "load-" + sequence, EventMetadata.SOURCE_API, "e" + (sequence + 1)));
        }
        return recorded;
    }

    /** Appends the seven events for {@code id} to the event store at the times above. */
    public static List<Published> publish(PublishedEvents events, IndicatorId id) {
        List<IndicatorEvent> all = events(id);
        List<Published> published = new ArrayList<>();
        published.addAll(events.at(LOADED).by("manager").append(all.subList(0, 5).toArray(IndicatorEvent[]::new)));
        published.addAll(events.at(REVISION_LOADED).by("manager").because(STRETCH).append(all.get(5)));
        published.addAll(events.at(Q3_RECORDED).by("manager").append(all.get(6)));
        return List.copyOf(published);
    }

    private static TargetSetEvent printedInThePlan(IndicatorId id, FinancialYear fy, Target target, String printed) {
        return new TargetSetEvent(id, fy, target, printed, null, null, null, PLAN_IN_FORCE, null);
    }

    private static ActualRecordedEvent actual(IndicatorId id, Quarter quarter, String value, Instant published) {
        return new ActualRecordedEvent(id, FY_2011_12, quarter, new BigDecimal(value), null, published);
    }
}
