package io.outturn.query.savings;

import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.outturn.query.savings.SeedSavingsProgramme.FY_2011_12;
import static io.outturn.query.savings.SeedSavingsProgramme.profile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of the two time axes in the savings fold ({@link SavingsProgrammeFold#at}): two lines of seed 001's
 * programme, in force from the plan's first day (2011-04-01), loaded in February 2015; a revision, a withdrawal and
 * deliveries loaded in March 2015 with the dates they were decided or reported (the tests' own: the plan has none).
 * <ol>
 *   <li>2015-02-10 09:00: the programme created (not on the effective axis)</li>
 *   <li>09:01: adult-social-care-2, Reablement &amp; Homecare - service, 1,300,000 / 700,000 / 0, from 2011-04-01</li>
 *   <li>09:02: public-protection-2, Trading Standards staffing reductions, 520,000 / 0 / 0, from 2011-04-01</li>
 *   <li>2015-03-02 10:00: adult-social-care-2 revised to 1,000,000 / 1,000,000 / 0, with effect from 2011-06-01</li>
 *   <li>10:01: its Q1 2011-12 delivery, 150,000 GREEN, reported 2011-07-20</li>
 *   <li>10:02: public-protection-2 withdrawn, with effect from 2011-12-01</li>
 *   <li>10:03: its Q2 2011-12 delivery, 280,000.50 AMBER, with no date: in force from when it was recorded</li>
 * </ol>
 */
class SavingsProgrammeFoldTwoTimeAxesTest {

    private static final ProgrammeId ID = ProgrammeId.of("notts-asch-pp-2011-14");
    private static final LineId ASC_2 = LineId.of("adult-social-care-2");
    private static final LineId PP_2 = LineId.of("public-protection-2");
    private static final Instant PLAN_IN_FORCE = Instant.parse("2011-04-01T00:00:00Z");
    private static final Instant LOADED = Instant.parse("2015-02-10T09:00:00Z");
    private static final Instant CHANGES_LOADED = Instant.parse("2015-03-02T10:00:00Z");

    @ParameterizedTest(name = "asOf {0}, inForceAt {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "now", textBlock = """
            now                  | now                  | 2011-12 1000000; asc-2 revised 1, Q2; pp-2 withdrawn; version 7
            2015-01-31T23:59:59Z | 2011-09-30T23:59:59Z | nothing recorded
            now                  | 2011-03-31T23:59:59Z | 2011-12 0; no lines; version 1
            now                  | 2011-04-01T00:00:00Z | 2011-12 1820000; asc-2 revised 0, no delivery; pp-2 live; version 3
            now                  | 2011-06-30T23:59:59Z | 2011-12 1520000; asc-2 revised 1, no delivery; pp-2 live; version 4
            now                  | 2011-09-30T23:59:59Z | 2011-12 1520000; asc-2 revised 1, Q1; pp-2 live; version 5
            now                  | 2011-12-01T23:59:59Z | 2011-12 1000000; asc-2 revised 1, Q1; pp-2 withdrawn; version 6
            now                  | 2015-03-02T10:03:00Z | 2011-12 1000000; asc-2 revised 1, Q2; pp-2 withdrawn; version 7
            2015-02-28T23:59:59Z | 2011-09-30T23:59:59Z | 2011-12 1820000; asc-2 revised 0, no delivery; pp-2 live; version 3
            2015-03-02T10:01:00Z | 2012-03-31T23:59:59Z | 2011-12 1520000; asc-2 revised 1, Q1; pp-2 live; version 5
            """)
    void theProgrammeIsTheFoldOfWhatWasRecordedByAsOfAndInForceByInForceAt(Instant asOf, Instant inForceAt,
                                                                            String expected) {
        SavingsProgrammeState state = SavingsProgrammeFold.at(recorded(), new Basis(asOf, inForceAt));

        assertThat(describe(state)).isEqualTo(expected);
    }

    @Test
    void onNoBasisTheProgrammeIsTheLiveFold() {
        SavingsProgrammeState live = null;
        for (RecordedEvent recorded : recorded()) {
            live = SavingsProgrammeFold.apply(live, (SavingsProgrammeEvent) recorded.event(), recorded.sequence(),
                    recorded.recordedAt());
        }

        assertThat(SavingsProgrammeFold.at(recorded(), Basis.NOW)).isEqualTo(live);
    }

    private static List<RecordedEvent> recorded() {
        List<SavingsProgrammeEvent> events = List.of(
                SeedSavingsProgramme.created(ID),
                new SavingsLineAddedEvent(ID, ASC_2, "2", "Reablement & Homecare - service", "Adult Social Care",
                        profile(1_300_000, 700_000, 0), PLAN_IN_FORCE),
                new SavingsLineAddedEvent(ID, PP_2, "2", "Trading Standards – Staffing reductions", "Public Protection",
                        profile(520_000, 0, 0), PLAN_IN_FORCE),
                new SavingsLineRevisedEvent(ID, ASC_2, profile(1_300_000, 700_000, 0), profile(1_000_000, 1_000_000, 0),
                        new Justification(ReasonCode.REPHASING, "Reablement start moved to July", null),
                        Instant.parse("2011-06-01T00:00:00Z")),
                new SavingsDeliveryRecordedEvent(ID, ASC_2, FY_2011_12, Quarter.Q1, Money.of("150000"), Rag.GREEN, null,
                        Instant.parse("2011-07-20T00:00:00Z")),
                new SavingsLineWithdrawnEvent(ID, PP_2, profile(520_000, 0, 0),
                        Justification.other("Service transferred to health"), Instant.parse("2011-12-01T00:00:00Z")),
                new SavingsDeliveryRecordedEvent(ID, ASC_2, FY_2011_12, Quarter.Q2, Money.of("280000.50"), Rag.AMBER,
                        null, null));
        List<Instant> recordedAt = List.of(LOADED, LOADED.plusSeconds(60), LOADED.plusSeconds(120), CHANGES_LOADED,
                CHANGES_LOADED.plusSeconds(60), CHANGES_LOADED.plusSeconds(120), CHANGES_LOADED.plusSeconds(180));
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            recorded.add(new RecordedEvent(events.get(sequence), sequence, recordedAt.get(sequence), "manager", null,
                    "c" + sequence, "api", "e" + sequence));
        }
        return recorded;
    }

    private static String describe(SavingsProgrammeState state) {
        if (state == null) {
            return "nothing recorded";
        }
        String total = "2011-12 " + SavingsProgrammeViews.totals(state).get(FY_2011_12).pounds()
                .stripTrailingZeros().toPlainString();
        if (state.lines().isEmpty()) {
            return total + "; no lines; version " + state.version();
        }
        SavingsLine reablement = state.line(ASC_2).orElseThrow();
        LineDelivery delivery = reablement.delivery().get(FY_2011_12);
        SavingsLine tradingStandards = state.line(PP_2).orElseThrow();
        return total + "; asc-2 revised " + reablement.revisions() + ", "
                + (delivery == null ? "no delivery" : delivery.quarter().toString()) + "; pp-2 "
                + (tradingStandards.withdrawn() ? "withdrawn" : "live") + "; version " + state.version();
    }
}
