package io.outturn.web.input;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a client may send, in one place: the bounds on numbers, money and text that every request body, query
 * parameter and imported cell is held to before any command is built (API.md, "Limits"). They are generous for
 * the plans Outturn serves (the largest figure in the seed plans is £63,833,000; the longest title 161
 * characters) and tight enough that no value can cost the server more than a handful of digits to handle.
 */
public final class InputLimits {

    /** 10^12: the largest magnitude of any figure or amount (a trillion pounds, a trillion people). */
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(12);
    /** Decimal places of a measured value (a rate per 100,000 to six places is already beyond any plan). */
    public static final int MEASURE_DECIMAL_PLACES = 6;
    /** Decimal places of an amount of money: pence at most. */
    public static final int MONEY_DECIMAL_PLACES = 2;

    /** Identifiers (indicators, programmes, savings lines): also enforced by their value types. */
    public static final int ID_LENGTH = 64;
    /** A savings line's ref as the plan prints it ({@code 1a}, {@code 41}). */
    public static final int REF_LENGTH = 32;
    /** Names: an organisation, a service group or area, a lead officer's role. */
    public static final int NAME_LENGTH = 200;
    /** Titles of indicators, programmes and savings lines. */
    public static final int TITLE_LENGTH = 300;
    /** A target as the plan printed it, or a milestone's description. */
    public static final int PRINTED_LENGTH = 500;
    /** Reasons and notes, and any other text a request carries that names no tighter limit. */
    public static final int TEXT_LENGTH = 2_000;
    /** How many financial years one savings programme may cover. */
    public static final int MAX_FINANCIAL_YEARS = 50;

    /**
     * The longest number a JSON body may write, in characters. A figure at the limit with six decimal places has
     * 20; what is longer can only be padding or an attack (a ten-million-digit number), refused while it is read.
     */
    public static final int JSON_NUMBER_LENGTH = 40;
    /** How deeply a JSON body may nest: Outturn's deepest request (a target inside a body) has depth 2. */
    public static final int JSON_NESTING_DEPTH = 16;
    /** The longest JSON string, in characters: ten times the longest text any field accepts. */
    public static final int JSON_STRING_LENGTH = 10 * TEXT_LENGTH;
    /** The longest JSON property name: no field of any request is longer than a few dozen characters. */
    public static final int JSON_NAME_LENGTH = 100;

    private InputLimits() {
    }

    /** Why {@code value} may not be a measured value (a target, an actual, a baseline), or empty when it may. */
    public static Optional<String> measureProblem(BigDecimal value) {
        if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
            return Optional.of("must be from -10^12 to 10^12");
        }
        if (decimalPlaces(value) > MEASURE_DECIMAL_PLACES) {
            return Optional.of("may have at most " + MEASURE_DECIMAL_PLACES + " decimal places");
        }
        return Optional.empty();
    }

    /** Why {@code pounds} may not be an amount of money, or empty when it may. */
    public static Optional<String> moneyProblem(BigDecimal pounds) {
        if (pounds.signum() < 0) {
            return Optional.of("must not be negative");
        }
        if (pounds.compareTo(MAX_MAGNITUDE) > 0) {
            return Optional.of("must be at most \u00a310^12");
        }
        if (decimalPlaces(pounds) > MONEY_DECIMAL_PLACES) {
            return Optional.of("must not have fractions of a penny (at most " + MONEY_DECIMAL_PLACES
                    + " decimal places)");
        }
        return Optional.empty();
    }

    /** Why {@code text} is too long for a field limited to {@code maxLength} characters, or empty when it is not. */
    public static Optional<String> textProblem(String text, int maxLength) {
        if (text != null && text.length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters, not " + text.length());
        }
        return Optional.empty();
    }

    /**
     * Decimal places without trailing zeros ({@code 12.50} has one). The JDK strips one zero per division, so a
     * value of hundreds of digits is judged by its scale as written instead: called after the magnitude check, so
     * such a value can only be one written with far too many decimal places anyway.
     */
    private static int decimalPlaces(BigDecimal value) {
        if (value.scale() <= 0 || value.signum() == 0) {
            return 0;
        }
        BigDecimal stripped = value.precision() > 100 ? value : value.stripTrailingZeros();
        return Math.max(0, stripped.scale());
    }
}
