package io.outturn.query.yoy;

import io.outturn.query.indicator.IndicatorState;
import io.outturn.query.indicator.KpiCards;
import io.outturn.query.rules.Direction;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.outturn.query.indicator.IndicatorFoldTest.fold;
import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.actual;
import static io.outturn.query.testsupport.Seed001.ni130Defined;
import static io.outturn.query.testsupport.Seed001.ni130Target;
import static org.assertj.core.api.Assertions.assertThat;

class YearOnYearViewsTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");

    @Test
    void eachYearWithActualsIsComparedWithTheYearBeforeAndShowsItsTargetAndRag() {
        IndicatorState state = fold(List.of(ni130Defined(NI130), ni130Target(NI130, FY_2011_12),
                ni130Target(NI130, FY_2012_13),
                actual(NI130, FY_2011_12, Quarter.Q1, "8200"), actual(NI130, FY_2011_12, Quarter.Q2, "9400"),
                actual(NI130, FY_2011_12, Quarter.Q3, "11500"), actual(NI130, FY_2011_12, Quarter.Q4, "12300"),
                actual(NI130, FY_2012_13, Quarter.Q1, "12800"), actual(NI130, FY_2012_13, Quarter.Q2, "13100")));

        YearOnYearView view = YearOnYearViews.of(state);

        assertThat(view.indicatorId()).isEqualTo(NI130);
        assertThat(view.years()).extracting(YearOnYearEntry::fy).containsExactly(FY_2011_12, FY_2012_13);
        YearOnYearEntry first = view.years().get(0);
        assertThat(first.outturn()).isEqualByComparingTo("12300");
        assertThat(first.quartersReported()).isEqualTo(4);
        assertThat(first.target().value()).isEqualByComparingTo("12000");
        assertThat(first.rag()).isEqualTo(Rag.GREEN);
        assertThat(first.change()).isNull();
        YearOnYearEntry second = view.years().get(1);
        assertThat(second.outturn()).isEqualByComparingTo("13100");
        assertThat(second.target().value()).isEqualByComparingTo("14000");
        assertThat(second.rag()).isEqualTo(KpiCards.card(state, FY_2012_13).rag());
        assertThat(second.likeForLike()).isNotNull();
        assertThat(second.likeForLike().previousValue()).isEqualByComparingTo("9400");
        assertThat(second.change()).isEqualByComparingTo("3700");
        assertThat(second.direction()).isEqualTo(Direction.IMPROVED);
    }
}
