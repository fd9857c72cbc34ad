package io.outturn.query.savings;

import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.outturn.query.savings.SeedSavingsProgramme.FY_2011_12;
import static io.outturn.query.savings.SeedSavingsProgramme.FY_2012_13;
import static io.outturn.query.savings.SeedSavingsProgramme.FY_2013_14;
import static io.outturn.query.savings.SeedSavingsProgramme.ID;
import static org.assertj.core.api.Assertions.assertThat;

class SavingsProgrammeFoldTest {

    private static final Instant CREATED_AT = Instant.parse("2011-03-01T09:00:00Z");
    private static final LineId ASC_2 = LineId.of("adult-social-care-2");
    private static final LineId PP_2 = LineId.of("public-protection-2");
    private static final LineId PP_5 = LineId.of("public-protection-5");

    private final List<SavingsLineAddedEvent> seedLines = SeedSavingsProgramme.lines();

    @Test
    void theSeedProgrammeHasFiftyThreeLinesKeyedByServiceAreaAndRef() {
        SavingsProgrammeView view = SavingsProgrammeViews.of(seed());

        assertThat(view.lines()).hasSize(53);
        assertThat(view.lines()).extracting(SavingsLine::lineId).doesNotHaveDuplicates().contains(ASC_2, PP_2);
        assertThat(line(view, ASC_2).title()).isEqualTo("Reablement & Homecare - service");
        assertThat(line(view, PP_2).title()).isEqualTo("Trading Standards – Staffing reductions");
        assertThat(view.version()).isEqualTo(54);
    }

    @Test
    void theSeedProgrammeTotalsAreThePrintedTotals() {
        SavingsProgrammeView view = SavingsProgrammeViews.of(seed());

        assertThat(view.totals()).containsExactly(
                entry(FY_2011_12, "27921000"), entry(FY_2012_13, "22929000"), entry(FY_2013_14, "9557000"));
        assertThat(view.totalAllYears()).isEqualTo(Money.of("60407000"));
    }

    @Test
    void theGapToTheFourYearTargetIsWhatThePrintedYearsLeaveUnfound() {
        SavingsProgrammeView view = SavingsProgrammeViews.of(seed());

        assertThat(view.overallTarget()).isEqualTo(Money.of("63833000"));
        assertThat(view.gapToOverallTarget()).isEqualTo(Money.of("3426000"));
    }

    @Test
    void aProgrammeWithoutAnOverallTargetHasNoGap() {
        SavingsProgrammeCreatedEvent created = SeedSavingsProgramme.created();
        SavingsProgrammeState state = SavingsProgrammeFold.apply(null, new SavingsProgrammeCreatedEvent(ID,
                created.title(), created.organisation(), created.financialYears(), null), 0, CREATED_AT);

        SavingsProgrammeView view = SavingsProgrammeViews.of(state);

        assertThat(view.gapToOverallTarget()).isNull();
        assertThat(view.totals()).containsExactly(
                entry(FY_2011_12, "0"), entry(FY_2012_13, "0"), entry(FY_2013_14, "0"));
    }

    @Test
    void revisingALineToMoveSavingsBetweenYearsMovesThemInTheTotals() {
        SavingsProgrammeState seed = seed();
        SavingsLineRevisedEvent moved = new SavingsLineRevisedEvent(ID, ASC_2,
                SeedSavingsProgramme.profile(1_300_000, 700_000, 0),
                SeedSavingsProgramme.profile(800_000, 900_000, 300_000), null, null);

        SavingsProgrammeView view = SavingsProgrammeViews.of(apply(seed, moved, 54));

        assertThat(view.totals()).containsExactly(
                entry(FY_2011_12, "27421000"), entry(FY_2012_13, "23129000"), entry(FY_2013_14, "9857000"));
        assertThat(view.totalAllYears()).isEqualTo(Money.of("60407000"));
        assertThat(line(view, ASC_2).revisions()).isEqualTo(1);
        assertThat(line(view, ASC_2).profile()).isEqualTo(moved.profile());
        assertThat(view.version()).isEqualTo(55);
    }

    @Test
    void withdrawingALineTakesItOutOfTheTotalsButKeepsItListed() {
        SavingsLineWithdrawnEvent withdrawn = new SavingsLineWithdrawnEvent(ID, PP_5,
                SeedSavingsProgramme.profile(133_000, 98_000, 98_000), null, null);

        SavingsProgrammeView view = SavingsProgrammeViews.of(apply(seed(), withdrawn, 54));

        assertThat(view.totals()).containsExactly(
                entry(FY_2011_12, "27788000"), entry(FY_2012_13, "22831000"), entry(FY_2013_14, "9459000"));
        assertThat(view.gapToOverallTarget()).isEqualTo(Money.of("3755000"));
        assertThat(line(view, PP_5).withdrawn()).isTrue();
        assertThat(line(view, PP_5).profile()).isEqualTo(withdrawn.previous());
        assertThat(view.lines()).hasSize(53);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        SavingsLineRevisedEvent moved = new SavingsLineRevisedEvent(ID, ASC_2,
                SeedSavingsProgramme.profile(1_300_000, 700_000, 0),
                SeedSavingsProgramme.profile(0, 2_000_000, 0), null, null);
        SavingsProgrammeState revised = apply(seed(), moved, 54);

        SavingsProgrammeState redelivered = apply(revised, moved, 54);

        assertThat(redelivered).isSameAs(revised);
        assertThat(line(SavingsProgrammeViews.of(redelivered), ASC_2).revisions()).isEqualTo(1);
    }

    @Test
    void anOlderEventReplayedAfterANewerOneChangesNothing() {
        SavingsProgrammeState seed = seed();
        SavingsLineAddedEvent replayedAddition = new SavingsLineAddedEvent(ID, ASC_2, "2", "Reablement & Homecare - service",
                "Adult Social Care", SeedSavingsProgramme.profile(9_000_000, 0, 0), null);

        SavingsProgrammeState replayed = apply(seed, replayedAddition, 5);

        assertThat(replayed).isSameAs(seed);
        assertThat(SavingsProgrammeViews.of(replayed).totals().get(FY_2011_12)).isEqualTo(Money.of("27921000"));
    }

    @Test
    void theVersionCountsEventsAndTheLastChangeIsTheLastEventsTime() {
        SavingsProgrammeState seed = seed();

        assertThat(seed.version()).isEqualTo(54);
        assertThat(seed.lastChangedAt()).isEqualTo(CREATED_AT.plus(Duration.ofMinutes(53)));
    }

    @Test
    void deliveryShowsPerYearTheLatestQuarterReported() {
        SavingsProgrammeState state = seed();
        state = apply(state, delivery(FY_2011_12, Quarter.Q1, "300000", Rag.GREEN), 54);
        state = apply(state, delivery(FY_2011_12, Quarter.Q2, "500000", Rag.AMBER), 55);
        state = apply(state, delivery(FY_2011_12, Quarter.Q1, "350000", Rag.GREEN), 56);
        state = apply(state, delivery(FY_2012_13, Quarter.Q1, "100000", Rag.RED), 57);

        SavingsLine line = line(SavingsProgrammeViews.of(state), ASC_2);

        assertThat(line.delivery()).containsOnlyKeys(FY_2011_12, FY_2012_13);
        assertThat(line.delivery().get(FY_2011_12).quarter()).isEqualTo(Quarter.Q2);
        assertThat(line.delivery().get(FY_2011_12).achievedToDate()).isEqualTo(Money.of("500000"));
        assertThat(line.delivery().get(FY_2011_12).rag()).isEqualTo(Rag.AMBER);
        assertThat(line.delivery().get(FY_2012_13).rag()).isEqualTo(Rag.RED);
        assertThat(SavingsProgrammeViews.of(state).version()).isEqualTo(58);
    }

    @Test
    void deliveryDoesNotChangeTheTotals() {
        SavingsProgrammeState delivered = apply(seed(), delivery(FY_2011_12, Quarter.Q4, "1000", Rag.RED), 54);

        assertThat(SavingsProgrammeViews.of(delivered).totals().get(FY_2011_12)).isEqualTo(Money.of("27921000"));
    }

    @Test
    void aRevisionOfALineThatWasNeverAddedOnlyAdvancesTheVersion() {
        SavingsProgrammeState seed = seed();
        LineId unknown = LineId.of("no-such-line");

        SavingsProgrammeState after = apply(seed, new SavingsLineRevisedEvent(ID, unknown,
                SeedSavingsProgramme.profile(0, 0, 0), SeedSavingsProgramme.profile(1, 1, 1), null, null), 54);

        assertThat(after.version()).isEqualTo(55);
        assertThat(after.line(unknown)).isEmpty();
        assertThat(SavingsProgrammeViews.of(after).totals()).isEqualTo(SavingsProgrammeViews.of(seed).totals());
    }

    @Test
    void timestampsAreKeptToTheMillisecondAsTheStoreKeepsThem() {
        SavingsProgrammeState state = SavingsProgrammeFold.apply(null, SeedSavingsProgramme.created(), 0,
                Instant.parse("2011-03-01T09:00:00.123456789Z"));

        assertThat(state.lastChangedAt()).isEqualTo(Instant.parse("2011-03-01T09:00:00.123Z"));
    }

    private SavingsProgrammeState seed() {
        SavingsProgrammeState state = SavingsProgrammeFold.apply(null, SeedSavingsProgramme.created(), 0, CREATED_AT);
        for (int i = 0; i < seedLines.size(); i++) {
            state = SavingsProgrammeFold.apply(state, seedLines.get(i), i + 1L, CREATED_AT.plus(Duration.ofMinutes(i + 1L)));
        }
        return state;
    }

    private static SavingsProgrammeState apply(SavingsProgrammeState state, SavingsProgrammeEvent event, long sequence) {
        return SavingsProgrammeFold.apply(state, event, sequence, CREATED_AT.plus(Duration.ofDays(sequence)));
    }

    private static SavingsDeliveryRecordedEvent delivery(FinancialYear fy, Quarter quarter,
                                                         String achieved, Rag rag) {
        return new SavingsDeliveryRecordedEvent(ID, ASC_2, fy, quarter, Money.of(achieved), rag, null, null);
    }

    private static SavingsLine line(SavingsProgrammeView view, LineId lineId) {
        return view.lines().stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElseThrow();
    }

    private static Map.Entry<FinancialYear, Money> entry(FinancialYear fy, String pounds) {
        return Map.entry(fy, Money.of(pounds));
    }
}
