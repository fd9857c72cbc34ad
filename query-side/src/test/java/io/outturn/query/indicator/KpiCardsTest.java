package io.outturn.query.indicator;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.Assessment;
import io.outturn.values.ChangeReference;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.ReasonCode;
import io.outturn.values.RollUp;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.outturn.query.indicator.IndicatorFoldTest.fold;
import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.FY_2013_14;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.assessed;
import static io.outturn.query.testsupport.Seed001.carersPbDefined;
import static io.outturn.query.testsupport.Seed001.carersRasDefined;
import static io.outturn.query.testsupport.Seed001.carersRasMilestone;
import static io.outturn.query.testsupport.Seed001.corrected;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static io.outturn.query.testsupport.Seed001.reassessmentsDefined;
import static io.outturn.query.testsupport.Seed001.reassessmentsTarget;
import static io.outturn.query.testsupport.Seed001.tbc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiCardsTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");

    @Test
    void ni130AtElevenThousandFiveHundredAfterQ3IsAmberAgainstTwelveThousand() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                ni130Target(NI130, FY_2012_13), actual(NI130, FY_2011_12, Quarter.Q1, "8200"),
                actual(NI130, FY_2011_12, Quarter.Q2, "9400"), actual(NI130, FY_2011_12, Quarter.Q3, "11500")));

        KpiStatusView card = KpiCards.card(state, FY_2011_12);

        assertThat(card.indicatorId()).isEqualTo(NI130);
        assertThat(card.fy()).isEqualTo(FY_2011_12);
        assertThat(card.title()).isEqualTo("No of people on a personal budget");
        assertThat(card.unit()).isEqualTo(Unit.COUNT);
        assertThat(card.rollUp()).isEqualTo(RollUp.LATEST);
        assertThat(card.target().kind()).isEqualTo("AT_LEAST");
        assertThat(card.target().value()).isEqualByComparingTo("12000");
        assertThat(card.target().printed()).isEqualTo("12,000");
        assertThat(card.actuals()).containsOnlyKeys(Quarter.Q1, Quarter.Q2, Quarter.Q3);
        assertThat(card.yearToDate()).isEqualByComparingTo("11500");
        assertThat(card.forecastOutturn()).isEqualByComparingTo("11500");
        assertThat(card.quartersReported()).isEqualTo(3);
        assertThat(card.rag()).isEqualTo(Rag.AMBER);
        assertThat(card.version()).isEqualTo(6);
        assertThat(card.lastChangedAt()).isEqualTo(state.lastChangedAt());
    }

    @Test
    void theTargetShowsWhenTheOrganisationAdoptedIt() {
        Instant cabinetMet = Instant.parse("2011-03-12T00:00:00Z");
        TargetSetEvent rebaselined = new TargetSetEvent(NI130, FY_2011_12,
                new Target.AtLeast(new BigDecimal("13000"), true), "13,000",
                new Target.AtLeast(new BigDecimal("12000"), true), "12,000",
                new Justification(ReasonCode.REBASELINE, "Rebaselined: personal budgets for everyone eligible by 2013",
                        null), cabinetMet, null);
        IndicatorState state = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                ni130Target(NI130, FY_2012_13), rebaselined));

        assertThat(KpiCards.card(state, FY_2011_12).target().effectiveFrom()).isEqualTo(cabinetMet);
    }

    @Test
    void aTargetWithoutAnEffectiveDateShowsWhenItWasRecorded() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                ni130Target(NI130, FY_2012_13)));

        assertThat(KpiCards.card(state, FY_2012_13).target().effectiveFrom())
                .isEqualTo(Instant.parse("2011-04-01T09:02:00Z"));
    }

    @Test
    void aCorrectedQuarterShowsAsCorrectedAndChangesTheRag() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                actual(NI130, FY_2011_12, Quarter.Q1, "11500"),
                corrected(NI130, FY_2011_12, Quarter.Q1, "12100", "11500", "count included March starters")));

        KpiStatusView card = KpiCards.card(state, FY_2011_12);

        assertThat(card.actuals().get(Quarter.Q1)).isEqualTo(new ActualView(new BigDecimal("12100"), true,
                "count included March starters"));
        assertThat(card.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void aYearWithATargetButNoActualIsGreyAndASummedFlowIsForecastAtItsRunRate() {
        IndicatorId reassessments = IndicatorId.of("PB-KPI2");
        IndicatorState noActual = fold(List.of(reassessmentsDefined(reassessments), reassessmentsTarget(reassessments)));
        IndicatorState twoQuarters = fold(List.of(reassessmentsDefined(reassessments), reassessmentsTarget(reassessments),
                actual(reassessments, FY_2011_12, Quarter.Q1, "900"), actual(reassessments, FY_2011_12, Quarter.Q2, "1100")));

        assertThat(KpiCards.card(noActual, FY_2011_12).rag()).isEqualTo(Rag.GREY);
        KpiStatusView card = KpiCards.card(twoQuarters, FY_2011_12);
        assertThat(card.yearToDate()).isEqualByComparingTo("2000");
        assertThat(card.forecastOutturn()).isEqualByComparingTo("4000");
        assertThat(card.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void aMilestoneIsJudgedByItsAssessment() {
        IndicatorId ras = IndicatorId.of("CarersPB-KPI1");
        IndicatorState before = fold(List.of(carersRasDefined(ras), carersRasMilestone(ras)));
        IndicatorState after = fold(List.of(carersRasDefined(ras), carersRasMilestone(ras),
                assessed(ras, FY_2011_12, Assessment.ACHIEVED, null)));

        assertThat(KpiCards.card(before, FY_2011_12).rag()).isEqualTo(Rag.GREY);
        KpiStatusView card = KpiCards.card(after, FY_2011_12);
        assertThat(card.rag()).isEqualTo(Rag.GREEN);
        assertThat(card.assessment()).isEqualTo(Assessment.ACHIEVED);
        assertThat(card.target().kind()).isEqualTo("MILESTONE");
        assertThat(card.target().description()).isEqualTo("Complete roll out");
    }

    @Test
    void aTargetToBeConfirmedIsNeverJudged() {
        IndicatorId carers = IndicatorId.of("CarersPB-KPI2");
        IndicatorState state = fold(List.of(carersPbDefined(carers), tbc(carers, FY_2011_12),
                actual(carers, FY_2011_12, Quarter.Q1, "700")));

        KpiStatusView card = KpiCards.card(state, FY_2011_12);

        assertThat(card.target().kind()).isEqualTo("TO_BE_CONFIRMED");
        assertThat(card.target().printed()).isEqualTo("Tbc");
        assertThat(card.rag()).isEqualTo(Rag.GREY);
    }

    @Test
    void aChangeAgainstTheBaselineIsShownWithTheThresholdItResolvedTo() {
        IndicatorId carers = IndicatorId.of("CarersPB-KPI2");
        Target fivePercentUp = new Target.Change(new BigDecimal("5"), null, ChangeReference.BASELINE);
        IndicatorState state = fold(List.of(carersPbDefined(carers),
                new TargetSetEvent(carers, FY_2011_12, fivePercentUp, "+ 5%", null, null, null, null, null),
                actual(carers, FY_2011_12, Quarter.Q1, "700")));

        KpiStatusView card = KpiCards.card(state, FY_2011_12);

        assertThat(card.target().kind()).isEqualTo("CHANGE");
        assertThat(card.target().changePercent()).isEqualByComparingTo("5");
        assertThat(card.target().resolved().kind()).isEqualTo("AT_LEAST");
        assertThat(card.target().resolved().value()).isEqualByComparingTo("693");
        assertThat(card.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void aChangeAgainstAnotherYearStaysUnresolvedUntilThatYearIsComplete() {
        IndicatorId absence = IndicatorId.of("KPR21");
        IndicatorDefinedEvent defined = new IndicatorDefinedEvent(absence,
                "Incidence of absence through musculo-skeletal injury", "Nottinghamshire County Council", null, null,
                io.outturn.values.Framework.LOCAL, Unit.COUNT, Polarity.LOWER_IS_BETTER, RollUp.SUM, null, null, null, List.of());
        Target fivePercentDown = new Target.Change(new BigDecimal("-5"), null, ChangeReference.outturnOf(FY_2012_13));
        TargetSetEvent target = new TargetSetEvent(absence, FY_2013_14, fivePercentDown, "reduce by 5%", null, null, null, null, null);
        List<io.outturn.events.IndicatorEvent> partYear = List.of(defined, target,
                actual(absence, FY_2012_13, Quarter.Q1, "100"), actual(absence, FY_2012_13, Quarter.Q2, "100"),
                actual(absence, FY_2012_13, Quarter.Q3, "100"), actual(absence, FY_2013_14, Quarter.Q1, "24"));
        List<io.outturn.events.IndicatorEvent> wholeYear = new java.util.ArrayList<>(partYear);
        wholeYear.add(actual(absence, FY_2012_13, Quarter.Q4, "100"));

        KpiStatusView unresolved = KpiCards.card(fold(partYear), FY_2013_14);
        KpiStatusView resolved = KpiCards.card(fold(wholeYear), FY_2013_14);

        assertThat(unresolved.rag()).isEqualTo(Rag.GREY);
        assertThat(unresolved.target().resolved()).isNull();
        assertThat(resolved.target().resolved().kind()).isEqualTo("AT_MOST");
        assertThat(resolved.target().resolved().value()).isEqualByComparingTo("380");
        assertThat(resolved.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void everyCardRenderedTogetherEqualsItsCardRenderedAloneOldestYearFirst() {
        IndicatorId absence = IndicatorId.of("KPR21");
        IndicatorDefinedEvent defined = new IndicatorDefinedEvent(absence,
                "Incidence of absence through musculo-skeletal injury", "Nottinghamshire County Council", null, null,
                io.outturn.values.Framework.LOCAL, Unit.COUNT, Polarity.LOWER_IS_BETTER, RollUp.SUM, null, null, null, List.of());
        Target fivePercentDown = new Target.Change(new BigDecimal("-5"), null, ChangeReference.outturnOf(FY_2012_13));
        List<io.outturn.events.IndicatorEvent> events = new java.util.ArrayList<>(List.of(defined,
                new TargetSetEvent(absence, FY_2013_14, fivePercentDown, "reduce by 5%", null, null, null, null, null),
                actual(absence, FY_2013_14, Quarter.Q1, "24")));
        for (Quarter quarter : Quarter.values()) {
            events.add(actual(absence, FY_2012_13, quarter, "100"));
            events.add(actual(absence, FY_2011_12, quarter, "90"));
        }
        IndicatorState state = fold(events);

        List<KpiStatusView> cards = KpiCards.cards(state);

        assertThat(cards).extracting(KpiStatusView::fy).containsExactly(FY_2011_12, FY_2012_13, FY_2013_14);
        assertThat(cards).containsExactly(KpiCards.card(state, FY_2011_12), KpiCards.card(state, FY_2012_13),
                KpiCards.card(state, FY_2013_14));
        assertThat(cards.get(2).target().resolved().value()).isEqualByComparingTo("380");
    }

    @Test
    void anIndicatorNeverDefinedHasNoCards() {
        IndicatorState state = fold(List.of(actual(NI130, FY_2011_12, Quarter.Q1, "8200")));

        assertThat(KpiCards.cards(state)).isEmpty();
    }

    @Test
    void aYearHasACardOnceItHasATargetAnActualOrAnAssessment() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12)));

        assertThat(KpiCards.hasCard(state, FY_2011_12)).isTrue();
        assertThat(KpiCards.hasCard(state, FY_2012_13)).isFalse();
    }

    @Test
    void anIndicatorNeverDefinedHasNoCard() {
        IndicatorState orphan = IndicatorFold.apply(null, actual(NI130, FY_2011_12, Quarter.Q1, "1"), 0,
                Instant.parse("2011-07-01T00:00:00Z"));

        assertThat(KpiCards.hasCard(orphan, FY_2011_12)).isFalse();
        assertThatThrownBy(() -> KpiCards.card(orphan, FY_2011_12)).isInstanceOf(IllegalStateException.class);
    }
}
