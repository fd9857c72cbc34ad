package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, 1 April to 31 March, identified by the calendar year it starts in.
 * Written {@code 2011-12} everywhere Outturn speaks; the plans' own spellings ({@code 2011/12},
 * {@code 11/12}, {@code 2011-2012}) are accepted on the way in.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    /** Days after a quarter's end by which its figures are reported. */
    public static final int REPORTING_DAYS = 14;

    private static final Pattern NOTATION =
            Pattern.compile("\\s*(\\d{2}|\\d{4})\\s*[-/\u2013]\\s*(\\d{2}|\\d{4})\\s*");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2998) {
            throw new IllegalArgumentException("financial year must start between 1900 and 2998, not " + startYear);
        }
    }

    public static FinancialYear startingIn(int startYear) {
        return new FinancialYear(startYear);
    }

    /** The financial year that contains the given date. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses any of the plans' spellings; the second year must follow the first. */
    @JsonCreator
    public static FinancialYear parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("financial year is missing");
        }
        Matcher m = NOTATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year such as 2011-12");
        }
        int first = expand(m.group(1), 2000);
        int second = m.group(2).length() == 4 ? Integer.parseInt(m.group(2)) : expandEnd(first, m.group(2));
        if (second != first + 1) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year: the years must be consecutive");
        }
        return new FinancialYear(first);
    }

    /** For Jackson map keys and Spring path variables. */
    public static FinancialYear valueOf(String text) {
        return parse(text);
    }

    private static int expand(String digits, int century) {
        return digits.length() == 4 ? Integer.parseInt(digits) : century + Integer.parseInt(digits);
    }

    private static int expandEnd(int startYear, String twoDigits) {
        int candidate = (startYear / 100) * 100 + Integer.parseInt(twoDigits);
        return candidate < startYear ? candidate + 100 : candidate;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public LocalDate quarterStart(Quarter quarter) {
        return start().plusMonths(3L * (quarter.number() - 1));
    }

    /** The last day of the quarter, inclusive. */
    public LocalDate quarterEnd(Quarter quarter) {
        return quarterStart(quarter).plusMonths(3).minusDays(1);
    }

    /**
     * The last day for reporting a quarter's figures: 14 days after the quarter's last day (14 July for Q1; 14 April
     * of the next calendar year for Q4). Scrutiny asks about targets eased just before it.
     */
    public LocalDate reportingDeadline(Quarter quarter) {
        return quarterEnd(quarter).plusDays(REPORTING_DAYS);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @JsonValue
    @Override
    public String toString() {
        // Printed for every document id and card a projection writes: String.format was a tenth of replay's CPU.
        int endYear = (startYear + 1) % 100;
        return startYear + (endYear < 10 ? "-0" : "-") + endYear;
    }
}
