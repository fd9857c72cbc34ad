package io.outturn.command.imports;

import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import io.outturn.web.input.InputLimits;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target as the plans print it ({@code 75+}, {@code <5}, {@code 350-370}, {@code +20%},
 * {@code reduce by 5% compared to 2004/05}, {@code £17.2m}, {@code tbc}, {@code Complete roll out}) into one of
 * the target kinds, knowing the indicator's polarity and unit.
 *
 * <p>A cell that is one notation is read as that notation. A sentence (plans often print a target as prose) is
 * read only when exactly one unambiguous comparative phrase in it fits the indicator's unit ({@code no fewer
 * than 1,245}, {@code no more than 10%}, {@code by 5% (compared to 2004/05)}); anything else that says something
 * is a milestone described by the text, so a person assesses it rather than the parser guessing.
 */
final class TargetNotationParser {

    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+|[\u00bd\u00bc\u00be])?";
    private static final String QTY = "(?:\u00a3\\s?" + NUM + "(?:\\s?(?:bn|k|m)(?![a-z]))?|" + NUM + "(?:\\s?%)?)";
    private static final String FY = "\\d{2,4}\\s?[/-]\\s?\\d{2,4}";
    private static final String REF = "(?:\\s?\\(?(?:compared (?:to|with)|relative to|against|on|from|over)\\s(?<fy>"
            + FY + ")\\)?)?";
    private static final String FALLING = "reduc|decreas|cut|lower|less|fewer";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern TBC = compile("t\\.?b\\.?[ca]\\.?|to be (?:confirmed|agreed|set)");
    private static final Pattern NO_TARGET = compile("n/?a|none|nil|no target");
    private static final Pattern PLUS = compile("(?<q>" + QTY + ")\\s?\\+");
    private static final Pattern COMPARISON = compile("(?<op>>=|=>|<=|=<|>|<)\\s?(?<q>" + QTY + ")");
    private static final Pattern AT_LEAST_WORDS = compile("(?:not less than|no less than|not fewer than|no fewer than"
            + "|at least|a minimum of|minimum of|minimum|min\\.?)\\s(?<q>" + QTY + ")");
    private static final Pattern AT_MOST_WORDS = compile("(?:not more than|no more than|not greater than"
            + "|no greater than|at most|a maximum of|maximum of|maximum|max\\.?|up to)\\s(?<q>" + QTY + ")");
    private static final Pattern ABOVE_WORDS = compile("(?:more than|greater than|above|over|in excess of)\\s(?<q>"
            + QTY + ")");
    private static final Pattern BELOW_WORDS = compile("(?:less than|fewer than|below|under)\\s(?<q>" + QTY + ")");
    private static final Pattern RANGE = compile("(?:between\\s)?(?<low>" + QTY + ")\\s?(?:-|to|and)\\s?(?<high>"
            + QTY + ")");
    private static final Pattern SIGNED_CHANGE = compile("(?<sign>[+-])\\s?(?<q>" + QTY + ")" + REF);
    private static final Pattern VERB_CHANGE = compile("(?<verb>reduce|reduction|decrease|cut|lower|increase|raise"
            + "|grow|growth)(?:\\s(?:by|of))?(?:\\sa)?(?:\\sfurther)?\\s(?<q>" + QTY + ")" + REF);
    private static final Pattern NOUN_CHANGE = compile("(?<q>" + NUM + "\\s?%)\\s(?<verb>reduction|decrease|cut"
            + "|lower|less|fewer|increase|more|higher|growth)" + REF);
    private static final Pattern BARE = compile("(?<q>" + QTY + ")");

    private static final Pattern PROSE_AT_LEAST = compile("\\b(?:not less than|no less than|not fewer than"
            + "|no fewer than|at least|a minimum of)\\s(?<q>" + QTY + ")");
    private static final Pattern PROSE_AT_MOST = compile("\\b(?:not more than|no more than|at most|a maximum of)"
            + "\\s(?<q>" + QTY + ")");
    private static final Pattern PROSE_PERCENT_PLUS = compile("(?<![\\d.,])(?<q>" + NUM + "\\s?%)\\s?\\+");
    private static final Pattern PROSE_VERB_BY = compile("\\b(?<verb>reduc\\w*|decreas\\w*|cut|cuts|cutting"
            + "|lower\\w*|increas\\w*|rais\\w*|grow\\w*)\\b[^;]{0,160}?\\bby\\s(?:a\\s)?(?:further\\s)?(?<q>"
            + QTY + ")" + REF);
    private static final Pattern PROSE_NOUN_CHANGE = compile("(?<![\\d.,])(?<q>" + NUM + "\\s?%)\\s(?<verb>reduction"
            + "|decrease|increase|more|fewer|less)\\b");
    private static final Pattern PROSE_TARGET_OF = compile("\\btarget\\s(?:of\\s)?(?<q>" + QTY + ")");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private TargetNotationParser() {
    }

    /**
     * @throws NotationException when the text is empty or says there is no target, or when a notation does not
     *                           fit the indicator (a percentage for a count, a single value for a within-range
     *                           indicator, a range whose low end is above its high end)
     */
    static PrintedTarget parse(String text, Polarity polarity, Unit unit) {
        if (text == null || text.isBlank()) {
            throw new NotationException("the target is empty: write it as the plan prints it, or tbc");
        }
        String printed = text.strip();
        String t = normalise(printed).replaceFirst("\\.$", "");
        if (NO_TARGET.matcher(t).matches() || t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new NotationException("'" + printed + "' gives no target: leave the row out, or write tbc");
        }
        Target notation = notation(t, polarity, unit);
        if (notation != null) {
            return new PrintedTarget(notation, printed);
        }
        Target fromProse = prose(normalise(printed), polarity, unit);
        return new PrintedTarget(fromProse != null ? fromProse : new Target.Milestone(printed), printed);
    }

    /** A single value as the plans print it ({@code 7,000}, {@code 11.8%}, {@code £66.7M}), for baselines. */
    static BigDecimal quantity(String text, Unit unit) {
        String t = normalise(text == null ? "" : text.strip());
        if (!BARE.matcher(t).matches()) {
            throw new NotationException("'" + text + "' is not a number such as 7,000, 11.8% or \u00a366.7m");
        }
        return threshold(Quantity.of(t), unit);
    }

    private static Target notation(String t, Polarity polarity, Unit unit) {
        if (TBC.matcher(t).matches()) {
            return new Target.ToBeConfirmed();
        }
        Matcher m;
        if ((m = PLUS.matcher(t)).matches() || (m = AT_LEAST_WORDS.matcher(t)).matches()) {
            return new Target.AtLeast(threshold(Quantity.of(m.group("q")), unit), true);
        }
        if ((m = AT_MOST_WORDS.matcher(t)).matches()) {
            return new Target.AtMost(threshold(Quantity.of(m.group("q")), unit), true);
        }
        if ((m = ABOVE_WORDS.matcher(t)).matches()) {
            return new Target.AtLeast(threshold(Quantity.of(m.group("q")), unit), false);
        }
        if ((m = BELOW_WORDS.matcher(t)).matches()) {
            return new Target.AtMost(threshold(Quantity.of(m.group("q")), unit), false);
        }
        if ((m = COMPARISON.matcher(t)).matches()) {
            return comparison(m.group("op"), threshold(Quantity.of(m.group("q")), unit));
        }
        if ((m = RANGE.matcher(t)).matches()) {
            return range(Quantity.of(m.group("low")), Quantity.of(m.group("high")), unit);
        }
        if ((m = SIGNED_CHANGE.matcher(t)).matches()) {
            return change(m.group("sign").equals("-") ? -1 : 1, Quantity.of(m.group("q")), m.group("fy"), unit);
        }
        if ((m = VERB_CHANGE.matcher(t)).matches() || (m = NOUN_CHANGE.matcher(t)).matches()) {
            return change(direction(m.group("verb")), Quantity.of(m.group("q")), m.group("fy"), unit);
        }
        if ((m = BARE.matcher(t)).matches()) {
            return bare(Quantity.of(m.group("q")), polarity, unit);
        }
        return null;
    }

    private static Target comparison(String op, BigDecimal value) {
        boolean inclusive = op.length() == 2;
        return op.contains(">") ? new Target.AtLeast(value, inclusive) : new Target.AtMost(value, inclusive);
    }

    private static Target range(Quantity low, Quantity high, Unit unit) {
        try {
            return new Target.Range(threshold(low, unit), threshold(high, unit));
        } catch (Target.InvalidTargetException e) {
            throw new NotationException("the range " + e.getMessage());
        }
    }

    /** {@code 12,000} is a floor for a higher-is-better indicator and a ceiling for a lower-is-better one. */
    private static Target bare(Quantity q, Polarity polarity, Unit unit) {
        if (q.form() == Form.PERCENT && unit != Unit.PERCENT) {
            // "10%" for an indicator that counts people can only mean a change of that size, the good way.
            if (polarity == Polarity.WITHIN_RANGE) {
                throw new NotationException("a bare percentage for a within-range indicator measured in " + unit
                        + " is ambiguous: write +" + q.plain() + "% or -" + q.plain() + "%");
            }
            return change(polarity == Polarity.HIGHER_IS_BETTER ? 1 : -1, q, null, unit);
        }
        BigDecimal value = threshold(q, unit);
        return switch (polarity) {
            case HIGHER_IS_BETTER -> new Target.AtLeast(value, true);
            case LOWER_IS_BETTER -> new Target.AtMost(value, true);
            case WITHIN_RANGE -> throw new NotationException("a single value '" + q.text()
                    + "' for a within-range indicator: write a range such as 350-370, or 75+ or <5");
        };
    }

    private static Target change(int sign, Quantity q, String fy, Unit unit) {
        ChangeReference reference = fy == null ? ChangeReference.BASELINE : reference(fy);
        if (q.form() == Form.PERCENT) {
            return new Target.Change(q.value().multiply(BigDecimal.valueOf(sign)), null, reference);
        }
        return new Target.Change(null, threshold(q, unit).multiply(BigDecimal.valueOf(sign)), reference);
    }

    private static ChangeReference reference(String fy) {
        try {
            return ChangeReference.outturnOf(FinancialYear.parse(fy));
        } catch (IllegalArgumentException e) {
            throw new NotationException("the change is measured against '" + fy + "', which is not a financial year");
        }
    }

    /** A value compared with the indicator's own values must be in the indicator's unit. */
    private static BigDecimal threshold(Quantity q, Unit unit) {
        if (q.form() == Form.MONEY && unit != Unit.GBP) {
            throw new NotationException("'" + q.text() + "' is an amount of money, but the indicator is measured in "
                    + unit);
        }
        if (q.form() == Form.PERCENT && unit != Unit.PERCENT) {
            throw new NotationException("'" + q.text() + "' is a percentage, but the indicator is measured in "
                    + unit);
        }
        return q.value();
    }

    /** The one comparative phrase in a sentence, or null when there is none or more than one reading. */
    private static Target prose(String t, Polarity polarity, Unit unit) {
        Set<Target> readings = new LinkedHashSet<>();
        collect(PROSE_AT_LEAST, t, unit, readings, (m) -> new Target.AtLeast(proseValue(m, unit), true));
        collect(PROSE_PERCENT_PLUS, t, unit, readings, (m) -> new Target.AtLeast(proseValue(m, unit), true));
        collect(PROSE_AT_MOST, t, unit, readings, (m) -> new Target.AtMost(proseValue(m, unit), true));
        collect(PROSE_TARGET_OF, t, unit, readings, (m) -> bare(Quantity.of(m.group("q")), polarity, unit));
        collect(PROSE_NOUN_CHANGE, t, unit, readings,
                (m) -> change(direction(m.group("verb")), Quantity.of(m.group("q")), null, unit));
        collect(PROSE_VERB_BY, t, unit, readings, (m) -> {
            Quantity q = Quantity.of(m.group("q"));
            if (q.form() == Form.PLAIN && YEAR.matcher(q.text()).matches()) {
                return null; // "reduce ... by 2014" is a deadline, not an amount
            }
            return change(direction(m.group("verb")), q, m.group("fy"), unit);
        });
        return readings.size() == 1 ? readings.iterator().next() : null;
    }

    private static void collect(Pattern pattern, String t, Unit unit, Set<Target> readings,
                                Function<Matcher, Target> reading) {
        Matcher m = pattern.matcher(t);
        while (m.find()) {
            if (!fitsUnit(Quantity.of(m.group("q")), unit, pattern == PROSE_VERB_BY || pattern == PROSE_NOUN_CHANGE)) {
                continue;
            }
            try {
                Target target = reading.apply(m);
                if (target != null) {
                    readings.add(target);
                }
            } catch (IllegalArgumentException notThisReading) {
                // a phrase that does not fit the indicator is not its target; the rest of the text may be
            }
        }
    }

    /**
     * In prose a number is only taken when it is written in the indicator's unit: "at least 1 GNVQ" is not the
     * target of a percentage indicator, "at least 50%" is. A change may always be a percentage.
     */
    private static boolean fitsUnit(Quantity q, Unit unit, boolean change) {
        if (change && q.form() == Form.PERCENT) {
            return true;
        }
        return switch (q.form()) {
            case PERCENT -> unit == Unit.PERCENT;
            case MONEY -> unit == Unit.GBP;
            case PLAIN -> unit != Unit.PERCENT && unit != Unit.GBP;
        };
    }

    private static BigDecimal proseValue(Matcher m, Unit unit) {
        return threshold(Quantity.of(m.group("q")), unit);
    }

    private static int direction(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        for (String falling : FALLING.split("\\|")) {
            if (v.startsWith(falling)) {
                return -1;
            }
        }
        return 1;
    }

    private static String normalise(String text) {
        return text.replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-')
                .replace("\u2265", ">=").replace("\u2264", "<=").replace('\u00a0', ' ')
                .replaceAll("\\s+", " ");
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    private enum Form {
        PLAIN, PERCENT, MONEY
    }

    /** A printed quantity: {@code 12,000}, {@code 82.5%}, {@code 6½%}, {@code £17.2m}, {@code £213K}. */
    private record Quantity(String text, BigDecimal value, Form form) {

        private static final Pattern PARTS = Pattern.compile("(\u00a3?)\\s?([\\d.,]+)([\u00bd\u00bc\u00be]?)\\s?"
                + "(bn|k|m|%)?", FLAGS);

        static Quantity of(String text) {
            Matcher m = PARTS.matcher(text.strip());
            if (!m.matches()) {
                throw new NotationException("'" + text + "' is not a number");
            }
            String digits = m.group(2).replace(",", "");
            if (digits.length() > InputLimits.JSON_NUMBER_LENGTH) {
                throw new NotationException("'" + text + "' has more digits than any figure may have");
            }
            BigDecimal value = new BigDecimal(digits).add(fraction(m.group(3)));
            String suffix = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            Quantity quantity = m.group(1).isEmpty()
                    ? new Quantity(text.strip(), value, suffix.equals("%") ? Form.PERCENT : Form.PLAIN)
                    : new Quantity(text.strip(), value.multiply(multiplier(suffix)), Form.MONEY);
            InputLimits.measureProblem(quantity.value()).ifPresent(problem -> {
                throw new NotationException("'" + text + "' " + problem);
            });
            return quantity;
        }

        private static BigDecimal fraction(String symbol) {
            return switch (symbol) {
                case "\u00bd" -> new BigDecimal("0.5");
                case "\u00bc" -> new BigDecimal("0.25");
                case "\u00be" -> new BigDecimal("0.75");
                default -> BigDecimal.ZERO;
            };
        }

        private static BigDecimal multiplier(String suffix) {
            return switch (suffix) {
                case "k" -> BigDecimal.valueOf(1_000);
                case "m" -> BigDecimal.valueOf(1_000_000);
                case "bn" -> BigDecimal.valueOf(1_000_000_000);
                default -> BigDecimal.ONE;
            };
        }

        String plain() {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
