package io.outturn.query.rules;

import io.outturn.values.Quarter;
import io.outturn.values.RollUp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static io.outturn.query.rules.Fixtures.actuals;
import static io.outturn.query.rules.Fixtures.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roll-up and forecast rules. SUM rows follow seed 001's reablement count (target 446 for 2011-12), LATEST rows
 * the safeguarding repeat-alert percentage, AVERAGE rows seed 003's B8 gross weekly cost.
 */
class YearToDateAndForecastTest {

    @ParameterizedTest(name = "{0} of [{1}]: year to date {2}, forecast {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a flow is added up and projected at its run rate until the year is over
            SUM     | Q1=110                      | 110        | 440
            SUM     | Q1=110 Q2=115               | 225        | 450
            SUM     | Q1=110 Q2=115 Q3=112        | 337        | 449.333333
            SUM     | Q1=110 Q2=115 Q3=112 Q4=109 | 446        | 446
            SUM     | Q3=112 Q1=110 Q2=115        | 337        | 449.333333
            # a missing quarter before Q4 does not drag the run rate down
            SUM     | Q1=110 Q3=112               | 222        | 444
            # once Q4 is in the forecast is the outturn, even with a quarter missing
            SUM     | Q1=110 Q2=115 Q4=109        | 334        | 334
            SUM     | Q1=1 Q2=1 Q3=0              | 2          | 2.666667
            SUM     | Q1=0 Q2=0                   | 0          | 0
            # a snapshot is its latest quarter, whatever order the quarters come in
            LATEST  | Q1=19.5                     | 19.5       | 19.5
            LATEST  | Q1=19.5 Q2=18.7             | 18.7       | 18.7
            LATEST  | Q3=18.2 Q1=19.5             | 18.2       | 18.2
            LATEST  | Q1=19.5 Q2=18.7 Q3=18.2 Q4=17.9 | 17.9   | 17.9
            LATEST  | Q1=18.00                    | 18         | 18
            # rounding to 6 places is half-even: ...25 goes down to the even digit
            LATEST  | Q1=0.0000025                | 0.000002   | 0.000002
            LATEST  | Q1=0.0000035                | 0.000004   | 0.000004
            # a rate is the mean of the reported quarters
            AVERAGE | Q1=352                      | 352        | 352
            AVERAGE | Q1=352 Q2=361 Q3=365        | 359.333333 | 359.333333
            AVERAGE | Q1=355.50 Q2=364.50         | 360        | 360
            AVERAGE | Q1=352 Q2=361 Q3=365 Q4=370 | 362        | 362
            AVERAGE | Q1=350 Q4=351               | 350.5      | 350.5
            # no actual yet: nothing to roll up or forecast
            SUM     | -                           | -          | -
            LATEST  | -                           | -          | -
            AVERAGE | -                           | -          | -
            """)
    void rollsUpTheReportedQuartersAndForecastsTheOutturn(RollUp rollUp, String actuals, String yearToDate,
                                                           String forecast) {
        Map<Quarter, BigDecimal> reported = actuals(actuals);

        // isEqualTo (not by comparison) so a result that is not normalised, such as 450.000000, fails
        assertThat(StatusCalculator.yearToDate(rollUp, reported).orElse(null)).isEqualTo(number(yearToDate));
        assertThat(StatusCalculator.forecastOutturn(rollUp, reported).orElse(null)).isEqualTo(number(forecast));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RollUp.class)
    void aQuarterWithoutAValueIsNotReported(RollUp rollUp) {
        Map<Quarter, BigDecimal> actuals = new HashMap<>();
        actuals.put(Quarter.Q1, new BigDecimal("100"));
        actuals.put(Quarter.Q2, null);

        assertThat(StatusCalculator.yearToDate(rollUp, actuals)).contains(new BigDecimal("100"));
        assertThat(StatusCalculator.forecastOutturn(rollUp, actuals))
                .contains(new BigDecimal(rollUp == RollUp.SUM ? "400" : "100"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RollUp.class)
    void noActualsMapAtAllMeansNothingReported(RollUp rollUp) {
        assertThat(StatusCalculator.yearToDate(rollUp, null)).isEmpty();
        assertThat(StatusCalculator.forecastOutturn(rollUp, null)).isEmpty();
    }
}
