package io.outturn.query.rules;

import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static io.outturn.query.rules.Fixtures.actuals;
import static io.outturn.query.rules.Fixtures.number;
import static org.assertj.core.api.Assertions.assertThat;

/** A year's figure: the year to date while quarters are missing, its outturn once all four are in. */
class OutturnTest {

    @ParameterizedTest(name = "{0} of [{1}]: {2} over {3} quarters, complete {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # seed 001 NI130, people on a personal budget: a snapshot, so the latest quarter stands for the year
            LATEST  | Q1=8200 Q2=9400 Q3=11500          | 11500   | 3 | false
            LATEST  | Q1=8200 Q2=9400 Q3=11500 Q4=12300 | 12300   | 4 | true
            # seed 001 reablement, a flow: added up
            SUM     | Q1=110 Q2=115 Q3=112 Q4=109       | 446     | 4 | true
            # seed 003 B8 gross weekly cost: the mean of the quarters
            AVERAGE | Q1=350 Q2=360 Q3=370              | 360     | 3 | false
            """)
    void rollsUpTheReportedQuartersAndIsCompleteOnceAllFourAreIn(RollUp rollUp, String actuals, String value,
                                                                int quarters, boolean complete) {
        Outturn outturn = Outturn.of(rollUp, actuals(actuals)).orElseThrow();

        assertThat(outturn.value()).isEqualTo(number(value));
        assertThat(outturn.quartersReported()).isEqualTo(quarters);
        assertThat(outturn.complete()).isEqualTo(complete);
    }

    @Test
    void aYearHasAnOutturnOnlyOnceAllFourQuartersAreReported() {
        assertThat(Outturn.ofCompleteYear(RollUp.LATEST, actuals("Q1=8200 Q2=9400 Q3=11500"))).isEmpty();
        assertThat(Outturn.ofCompleteYear(RollUp.LATEST, actuals("Q1=8200 Q2=9400 Q3=11500 Q4=12300")))
                .contains(new Outturn(new BigDecimal("12300"), 4));
    }

    @Test
    void aQuarterWithoutAValueIsNotReportedSoTheYearIsNotComplete() {
        Map<Quarter, BigDecimal> actuals = new HashMap<>(actuals("Q1=8200 Q2=9400 Q3=11500"));
        actuals.put(Quarter.Q4, null);

        assertThat(Outturn.ofCompleteYear(RollUp.LATEST, actuals)).isEmpty();
        assertThat(Outturn.of(RollUp.LATEST, actuals)).contains(new Outturn(new BigDecimal("11500"), 3));
    }

    @Test
    void nothingReportedHasNoFigure() {
        assertThat(Outturn.of(RollUp.SUM, Map.of())).isEmpty();
        assertThat(Outturn.of(RollUp.SUM, null)).isEmpty();
    }
}
