package io.outturn.bench;

import io.outturn.values.Framework;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real indicator from the seed plans (standalone's demo business plan) that the benchmark's county repeats:
 * its title, organisation, framework, unit, polarity and roll-up, and a typical value to set targets around.
 */
record IndicatorArchetype(String code, String title, String organisation, String serviceGroup, String leadOfficer,
                          Framework framework, Unit unit, Polarity polarity, RollUp rollUp, BigDecimal typicalValue) {

    static final String RESOURCE = "demo/business-plan.csv";

    static List<IndicatorArchetype> fromDemoPlan() {
        Map<String, IndicatorArchetype> byCode = new LinkedHashMap<>();
        for (Map<String, String> row : CsvLines.read(RESOURCE)) {
            String code = row.get("indicator_id");
            if (code.isEmpty() || byCode.containsKey(code)) {
                continue;
            }
            Unit unit = Unit.valueOf(row.get("unit"));
            byCode.put(code, new IndicatorArchetype(code, row.get("title"), row.get("organisation"),
                    blankToNull(row.get("service_group")), blankToNull(row.get("lead_officer")),
                    Framework.of(row.get("framework")), unit, Polarity.valueOf(row.get("polarity")),
                    row.get("roll_up").isEmpty() ? RollUp.LATEST : RollUp.valueOf(row.get("roll_up")),
                    typical(row.get("baseline_value"), unit)));
        }
        return new ArrayList<>(byCode.values());
    }

    private static BigDecimal typical(String baseline, Unit unit) {
        if (!baseline.isEmpty()) {
            try {
                BigDecimal value = new BigDecimal(baseline.replace(",", ""));
                if (value.signum() > 0) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // A baseline printed as words: fall back to a value typical of the unit.
            }
        }
        return switch (unit) {
            case PERCENT -> BigDecimal.valueOf(75);
            case GBP -> BigDecimal.valueOf(360);
            case RATE_PER_1000 -> BigDecimal.valueOf(9.6);
            case RATE_PER_100000 -> BigDecimal.valueOf(70);
            case RATIO -> BigDecimal.valueOf(1.5);
            case DAYS -> BigDecimal.valueOf(28);
            default -> BigDecimal.valueOf(1245);
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
