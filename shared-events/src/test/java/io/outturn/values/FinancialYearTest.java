package io.outturn.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FinancialYearTest {

    @ParameterizedTest(name = "''{0}'' is 2011-12")
    @ValueSource(strings = {"2011-12", "2011/12", "11/12", "2011-2012", "2011/2012", " 2011 - 12 ", "2011\u201312"})
    void everySpellingThePlansUseIsAccepted(String printed) {
        assertThat(FinancialYear.parse(printed)).isEqualTo(FinancialYear.startingIn(2011));
    }

    @Test
    void isAlwaysWrittenInTheApiForm() {
        assertThat(FinancialYear.parse("11/12")).hasToString("2011-12");
        assertThat(FinancialYear.parse("1999/00")).hasToString("1999-00");
        assertThat(FinancialYear.parse("2009/10")).hasToString("2009-10");
    }

    @Test
    void aCenturyBoundaryIsCrossedCorrectly() {
        assertThat(FinancialYear.parse("1999/00").startYear()).isEqualTo(1999);
        assertThat(FinancialYear.parse("99/00").startYear()).isEqualTo(2099);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-13", "2011", "2011-11", "12/11", "FY2011", "", "2011-12-01", "abcd-ef"})
    void somethingThatIsNotOneFinancialYearIsRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse(text));
    }

    @Test
    void aMissingYearIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> FinancialYear.parse(null));
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
            "Q1, 2011-04-01, 2011-06-30",
            "Q2, 2011-07-01, 2011-09-30",
            "Q3, 2011-10-01, 2011-12-31",
            "Q4, 2012-01-01, 2012-03-31"})
    void knowsWhereEachQuarterStartsAndEnds(Quarter quarter, LocalDate start, LocalDate end) {
        FinancialYear fy = FinancialYear.parse("2011-12");
        assertThat(fy.quarterStart(quarter)).isEqualTo(start);
        assertThat(fy.quarterEnd(quarter)).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} of 2011-12 is reported by {1}")
    @CsvSource({"Q1, 2011-07-14", "Q2, 2011-10-14", "Q3, 2012-01-14", "Q4, 2012-04-14"})
    void aQuartersFiguresAreDueFourteenDaysAfterItEnds(Quarter quarter, LocalDate deadline) {
        assertThat(FinancialYear.parse("2011-12").reportingDeadline(quarter)).isEqualTo(deadline);
    }

    @Test
    void theYearRunsFromAprilToMarch() {
        FinancialYear fy = FinancialYear.parse("2011-12");
        assertThat(fy.start()).isEqualTo(LocalDate.of(2011, 4, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2012, 3, 31));
        assertThat(FinancialYear.containing(LocalDate.of(2012, 3, 31))).isEqualTo(fy);
        assertThat(FinancialYear.containing(LocalDate.of(2012, 4, 1))).isEqualTo(fy.next());
        assertThat(fy.previous()).hasToString("2010-11");
    }

    @Test
    void yearsOrderOldestFirst() {
        assertThat(FinancialYear.parse("2010-11")).isLessThan(FinancialYear.parse("2011-12"));
    }
}
