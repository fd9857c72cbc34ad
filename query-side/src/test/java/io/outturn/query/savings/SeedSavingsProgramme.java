package io.outturn.query.savings;

import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Seed 001's savings and efficiencies programme (Nottinghamshire ASCH&PP 2011-14) as the events that would
 * create it, read from the transcription in {@code seed/savings-2011-14.csv} (amounts in £000).
 */
final class SeedSavingsProgramme {

    static final ProgrammeId ID = ProgrammeId.of("notts-asch-pp-2011-14");
    static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    static final FinancialYear FY_2012_13 = FinancialYear.parse("2012-13");
    static final FinancialYear FY_2013_14 = FinancialYear.parse("2013-14");
    static final Money FOUR_YEAR_TARGET = Money.of("63833000");

    private static final String RESOURCE = "/seed/savings-2011-14.csv";

    private SeedSavingsProgramme() {
    }

    static SavingsProgrammeCreatedEvent created() {
        return created(ID);
    }

    static SavingsProgrammeCreatedEvent created(ProgrammeId id) {
        return new SavingsProgrammeCreatedEvent(id,
                "Adult Social Care, Health and Public Protection savings and efficiencies 2011-14",
                "Nottinghamshire County Council", List.of(FY_2011_12, FY_2012_13, FY_2013_14), FOUR_YEAR_TARGET);
    }

    /** Every line of the plan in printed order; the printed total row is not a line. */
    static List<SavingsLineAddedEvent> lines() {
        return lines(ID);
    }

    static List<SavingsLineAddedEvent> lines(ProgrammeId id) {
        List<SavingsLineAddedEvent> lines = new ArrayList<>();
        for (List<String> row : rows()) {
            String ref = row.get(0);
            if (ref.equals("TOTAL")) {
                continue;
            }
            String serviceArea = row.get(2);
            TreeMap<FinancialYear, Money> amounts = new TreeMap<>();
            amounts.put(FY_2011_12, thousands(row.get(3)));
            amounts.put(FY_2012_13, thousands(row.get(4)));
            amounts.put(FY_2013_14, thousands(row.get(5)));
            lines.add(new SavingsLineAddedEvent(id, lineId(serviceArea, ref), ref, row.get(1), serviceArea,
                    new SavingsProfile(amounts), null));
        }
        return lines;
    }

    /** Refs repeat across service areas, so a line is keyed by both: {@code adult-social-care-2}. */
    static LineId lineId(String serviceArea, String ref) {
        String area = serviceArea.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return LineId.of(area + "-" + ref.toLowerCase(Locale.ROOT));
    }

    static SavingsProfile profile(long fy2011, long fy2012, long fy2013) {
        TreeMap<FinancialYear, Money> amounts = new TreeMap<>();
        amounts.put(FY_2011_12, Money.of(BigDecimal.valueOf(fy2011)));
        amounts.put(FY_2012_13, Money.of(BigDecimal.valueOf(fy2012)));
        amounts.put(FY_2013_14, Money.of(BigDecimal.valueOf(fy2013)));
        return new SavingsProfile(amounts);
    }

    private static Money thousands(String printed) {
        return Money.ofThousands(new BigDecimal(printed.replace(",", "")));
    }

    private static List<List<String>> rows() {
        try (InputStream in = SeedSavingsProgramme.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(fields(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV record; the transcription quotes fields holding commas ("1,300") and has no line breaks in fields. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
