package io.outturn.query.rules;

import io.outturn.values.FinancialYear;
import io.outturn.values.Quarter;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Compact spellings for the tables: actuals as {@code "Q1=110 Q2=115"}, targets as the plans print them. */
final class Fixtures {

    private Fixtures() {
    }

    static BigDecimal number(String text) {
        return text == null || text.isBlank() || text.equals("-") ? null : new BigDecimal(text.trim());
    }

    static FinancialYear fy(String text) {
        return FinancialYear.parse(text);
    }

    /** {@code "Q1=110 Q2=115"}; {@code "-"} or blank for none. Keeps the order written, which must not matter. */
    static Map<Quarter, BigDecimal> actuals(String text) {
        Map<Quarter, BigDecimal> actuals = new LinkedHashMap<>();
        if (text == null || text.isBlank() || text.trim().equals("-")) {
            return actuals;
        }
        for (String pair : text.trim().split("\\s+")) {
            String[] parts = pair.split("=");
            actuals.put(Quarter.parse(parts[0]), new BigDecimal(parts[1]));
        }
        return actuals;
    }

    /**
     * {@code >=446} inclusive at least, {@code >60} strict, {@code <=18}, {@code <5}, {@code 350..370} a range,
     * {@code tbc}, {@code milestone}, {@code change+20%} (against the baseline, not resolved), {@code none}.
     */
    static Target target(String text) {
        String t = text.trim();
        if (t.equals("none")) {
            return null;
        }
        if (t.equals("tbc")) {
            return new Target.ToBeConfirmed();
        }
        if (t.equals("milestone")) {
            return new Target.Milestone("Complete roll out");
        }
        if (t.startsWith("change")) {
            return new Target.Change(new BigDecimal(t.substring("change".length()).replace("%", "")), null, null);
        }
        if (t.startsWith(">=")) {
            return new Target.AtLeast(new BigDecimal(t.substring(2)), true);
        }
        if (t.startsWith(">")) {
            return new Target.AtLeast(new BigDecimal(t.substring(1)), false);
        }
        if (t.startsWith("<=")) {
            return new Target.AtMost(new BigDecimal(t.substring(2)), true);
        }
        if (t.startsWith("<")) {
            return new Target.AtMost(new BigDecimal(t.substring(1)), false);
        }
        String[] bounds = t.split("\\.\\.");
        if (bounds.length == 2) {
            return new Target.Range(new BigDecimal(bounds[0]), new BigDecimal(bounds[1]));
        }
        throw new IllegalArgumentException("unknown target spelling " + text);
    }
}
