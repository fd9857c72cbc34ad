package io.outturn.command.imports;

import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import io.outturn.web.input.InputLimits;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the cells of an import in the spellings people type into spreadsheets: enum names in any case, with
 * spaces or hyphens ({@code higher is better}), a few plain words ({@code %}, {@code increase}), and financial
 * years as the plans write them ({@code 2011/12}, {@code FY11/12}).
 */
final class ImportValues {

    private static final Map<String, Unit> UNIT_WORDS = Map.of(
            "%", Unit.PERCENT, "PERCENTAGE", Unit.PERCENT, "\u00a3", Unit.GBP, "POUNDS", Unit.GBP,
            "NUMBER", Unit.COUNT, "PER_1000", Unit.RATE_PER_1000, "PER_100000", Unit.RATE_PER_100000);
    private static final Map<String, Polarity> POLARITY_WORDS = Map.of(
            "HIGHER", Polarity.HIGHER_IS_BETTER, "INCREASE", Polarity.HIGHER_IS_BETTER, "UP", Polarity.HIGHER_IS_BETTER,
            "LOWER", Polarity.LOWER_IS_BETTER, "REDUCE", Polarity.LOWER_IS_BETTER, "DOWN", Polarity.LOWER_IS_BETTER,
            "RANGE", Polarity.WITHIN_RANGE, "WITHIN", Polarity.WITHIN_RANGE);
    private static final Pattern AMOUNT = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private ImportValues() {
    }

    static Unit unit(String text) {
        return constant(text, Unit.class, UNIT_WORDS);
    }

    static Polarity polarity(String text) {
        return constant(text, Polarity.class, POLARITY_WORDS);
    }

    static RollUp rollUp(String text) {
        return constant(text, RollUp.class, Map.of());
    }

    /** An empty framework is {@code LOCAL}: a measure no national framework defines. */
    static Framework framework(String text) {
        return text.isBlank() ? Framework.LOCAL : Framework.of(text);
    }

    static FinancialYear financialYear(String text) {
        String t = text.strip().replaceFirst("(?i)^fy[\\s_-]*", "").replace('_', '-');
        try {
            return FinancialYear.parse(t);
        } catch (IllegalArgumentException e) {
            throw new NotationException("'" + text + "' is not a financial year such as 2011-12 or 2011/12");
        }
    }

    /**
     * An amount as a money column prints it ({@code 1,300}, {@code £400}, {@code 0}); null for an empty cell or
     * the plans' dash for nothing.
     */
    static BigDecimal amount(String text) {
        String t = text.strip().replace("\u00a3", "").replace('\u2212', '-').strip();
        if (t.isEmpty() || t.matches("[-\u2013\u2014]")) {
            return null;
        }
        if (t.length() > InputLimits.JSON_NUMBER_LENGTH || !AMOUNT.matcher(t).matches()) {
            throw new NotationException("'" + text + "' is not an amount such as 1,300 or 400");
        }
        return new BigDecimal(t.replace(",", ""));
    }

    private static <E extends Enum<E>> E constant(String text, Class<E> type, Map<String, E> words) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replace(",", "");
        E word = words.get(key);
        if (word != null) {
            return word;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        throw new NotationException("'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
