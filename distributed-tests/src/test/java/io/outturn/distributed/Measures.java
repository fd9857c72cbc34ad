package io.outturn.distributed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real measures from the seed plans ({@code shared/data/kpis.csv}): code, title, organisation, unit, polarity
 * and the printed target. The suite gives each a 2011-12 target and revises it; the revised values and the
 * quarterly actuals are illustrative, derived from the printed target.
 */
final class Measures {

    private static final String NOTTS_SSD = "Nottinghamshire County Council - Social Services Department";
    private static final String NOTTS_ASCH = "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)";
    private static final String CAMBS_SSD = "Cambridgeshire County Council - Social Services Department";

    static final String FY = "2011-12";

    static final List<Measure> ALL = List.of(
            new Measure("KPR13", "Assessments completed within DoH timescales", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "82.5"),
            new Measure("KPR16", "Care packages set up within DoH timescales", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "92"),
            new Measure("KPR19", "Satisfaction rates (Adult Direct Services)", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "90"),
            new Measure("KPR23", "Effective use of electronic social care records", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "100"),
            new Measure("KPR29", "Looked after children annual health care assessments completed within timescales", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "95"),
            new Measure("KPR30", "Child protection reviews carried out on time", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "100"),
            new Measure("KPR31", "Children leaving care aged 16+ with at least one GCSE/GNVQ", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "75"),
            new Measure("KPR32", "Children who communicated their views to their looked after reviews", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "75"),
            new Measure("KPR33", "Care leavers aged 19 in employment, education and training", NOTTS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "80"),
            new Measure("NI130", "No of people on a personal budget", NOTTS_ASCH, "COUNT", "HIGHER_IS_BETTER", "AT_LEAST", "12000"),
            new Measure("C22", "Percentage of children aged under 10 years in family placements", CAMBS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "90"),
            new Measure("C23", "Percentage of children looked after adopted from LA care", CAMBS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "5.5"),
            new Measure("C18", "Cautions and convictions of children looked after", CAMBS_SSD, "RATIO", "LOWER_IS_BETTER", "AT_MOST", "2"),
            new Measure("C20", "Percentage of child protection cases reviewed that should have been", CAMBS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "100"),
            new Measure("D41", "Delayed discharge from hospital for people aged 75+", CAMBS_SSD, "RATE_PER_1000", "LOWER_IS_BETTER", "AT_MOST", "2.4"),
            new Measure("C33", "Avoidable harm for adults (falls and hypothermia)", CAMBS_SSD, "OTHER", "LOWER_IS_BETTER", "AT_MOST", "24"),
            new Measure("S6", "People aged 75+ receiving domiciliary care - number of people", CAMBS_SSD, "COUNT", "HIGHER_IS_BETTER", "AT_LEAST", "3340"),
            new Measure("B11", "Intensive home care as a percentage of intensive home care and residential care", CAMBS_SSD, "PERCENT", "HIGHER_IS_BETTER", "AT_LEAST", "25"),
            new Measure("C26", "Supported admissions of people aged 65+ to residential and nursing care per 10,000", CAMBS_SSD, "OTHER", "LOWER_IS_BETTER", "AT_MOST", "120"),
            new Measure("C27", "Supported admissions of people aged 18-64 to residential and nursing care per 10,000", CAMBS_SSD, "OTHER", "LOWER_IS_BETTER", "AT_MOST", "4.0"),
            new Measure("L4", "The number of nights of respite care provided or funded by the authority per 1000 adults", CAMBS_SSD, "RATE_PER_1000", "HIGHER_IS_BETTER", "AT_LEAST", "90"));

    private Measures() {
    }

    record Measure(String code, String title, String organisation, String unit, String polarity, String targetKind,
                   String printedTarget) {

        Map<String, Object> defineBody(String id) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("title", title);
            body.put("organisation", organisation);
            body.put("framework", "LOCAL");
            body.put("unit", unit);
            body.put("polarity", polarity);
            body.put("rollUp", "LATEST");
            return body;
        }

        /** The target of round {@code round}: the printed one, then 1% more each round. */
        BigDecimal target(int round) {
            return new BigDecimal(printedTarget).multiply(BigDecimal.ONE.add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(round))))
                    .stripTrailingZeros();
        }

        Map<String, Object> targetBody(BigDecimal value, String reason) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("target", Map.of("kind", targetKind, "value", value));
            body.put("printed", value.toPlainString());
            if (reason != null) {
                body.put("reason", reason);
            }
            return body;
        }

        /** An illustrative actual for quarter {@code quarter}: from 94% of the printed target up to 103%. */
        BigDecimal actual(int quarter) {
            return new BigDecimal(printedTarget)
                    .multiply(new BigDecimal("0.91").add(new BigDecimal("0.03").multiply(BigDecimal.valueOf(quarter))))
                    .setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
    }
}
