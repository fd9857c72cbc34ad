package io.outturn.bench;

import io.outturn.events.EventMetadata;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.SavingsProfile;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One savings programme's history as Outturn would have stored it: seed 001's programme (its 53 real lines and
 * their £000 profiles, scaled to pounds) created and its lines added, then profiles revised with reasons (savings
 * moved between years) and delivery reported quarter by quarter. Deterministic for a seed.
 */
final class SavingsHistory {

    static final String AGGREGATE_TYPE = "SavingsProgramme";
    static final String LINES_RESOURCE = "demo/savings-2011-14.csv";
    static final String ORGANISATION = "Nottinghamshire County Council - Adult Social Care, Health and Public Protection";

    private static final String[] REASONS = {
            "Homecare restructure delayed by six months", "Consultation extended the timetable",
            "Contract renegotiation brought savings forward", "Cabinet decision deferred"};
    private static final Rag[] DELIVERY_RAGS = {Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.RED};

    /** A line as the plan prints it. */
    record Line(LineId lineId, String ref, String title, String serviceArea, SavingsProfile profile) {
    }

    private enum Kind { CREATE, ADD, REVISE, DELIVER }

    private record Intent(Instant at, Kind kind, int line, FinancialYear fy, Quarter quarter) {
    }

    private SavingsHistory() {
    }

    /** Seed 001's savings lines, in pounds. */
    static List<Line> seedLines() {
        List<Line> lines = new ArrayList<>();
        for (Map<String, String> row : CsvLines.read(LINES_RESOURCE)) {
            TreeMap<FinancialYear, Money> amounts = new TreeMap<>();
            row.forEach((column, value) -> {
                if (column.startsWith("fy") && !value.isEmpty()) {
                    amounts.put(FinancialYear.parse(column.substring(2).replace('_', '-')),
                            Money.ofThousands(new BigDecimal(value.replace(",", ""))));
                }
            });
            String area = row.get("service_area");
            String slug = (area + "-" + row.get("ref")).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            lines.add(new Line(LineId.of(slug), row.get("ref"), row.get("title"), area, new SavingsProfile(amounts)));
        }
        return lines;
    }

    static List<FinancialYear> years(List<Line> lines) {
        return lines.stream().flatMap(l -> l.profile().years().stream()).distinct().sorted().toList();
    }

    static List<DomainEventMessage<?>> generate(String programmeId, List<Line> lines, int eventCount, long seed) {
        Random random = new Random(seed);
        List<FinancialYear> years = years(lines);
        Instant created = at(years.get(0).start().minusDays(60), random);
        List<Intent> intents = new ArrayList<>();
        intents.add(new Intent(created, Kind.CREATE, -1, null, null));
        for (int i = 0; i < lines.size() && intents.size() < eventCount; i++) {
            intents.add(new Intent(created.plus(Duration.ofMinutes(10L * (i + 1))), Kind.ADD, i, null, null));
        }
        Instant lastAdded = intents.get(intents.size() - 1).at();
        while (intents.size() < eventCount) {
            int line = random.nextInt(lines.size());
            FinancialYear fy = years.get(random.nextInt(years.size()));
            if (random.nextDouble() < 0.3) {
                long span = Duration.between(lastAdded, at(years.get(years.size() - 1).start(), random)).toHours();
                intents.add(new Intent(lastAdded.plus(Duration.ofHours(1 + (long) (random.nextDouble() * span))),
                        Kind.REVISE, line, null, null));
            } else {
                Quarter q = Quarter.values()[random.nextInt(4)];
                intents.add(new Intent(at(fy.quarterEnd(q).plusDays(10 + random.nextInt(50)), random),
                        Kind.DELIVER, line, fy, q));
            }
        }
        intents.sort(Comparator.comparing(Intent::at));

        ProgrammeId pid = ProgrammeId.of(programmeId);
        Map<Integer, SavingsProfile> profiles = new HashMap<>();
        List<DomainEventMessage<?>> events = new ArrayList<>(intents.size());
        Instant previous = Instant.MIN;
        for (Intent intent : intents) {
            Instant timestamp = intent.at().isAfter(previous) ? intent.at() : previous.plusMillis(1);
            previous = timestamp;
            SavingsProgrammeEvent payload;
            String reason = null;
            switch (intent.kind()) {
                case CREATE -> payload = new SavingsProgrammeCreatedEvent(pid,
                        "Savings and efficiencies programme 2011-14 (" + programmeId + ")", ORGANISATION, years,
                        Money.of("63833000"));
                case ADD -> {
                    Line line = lines.get(intent.line());
                    profiles.put(intent.line(), line.profile());
                    payload = new SavingsLineAddedEvent(pid, line.lineId(), line.ref(), line.title(), line.serviceArea(),
                            line.profile(), null);
                }
                case REVISE -> {
                    SavingsProfile before = profiles.get(intent.line());
                    SavingsProfile after = moved(before, years, random);
                    profiles.put(intent.line(), after);
                    payload = new SavingsLineRevisedEvent(pid, lines.get(intent.line()).lineId(), before, after, null, null);
                    reason = REASONS[random.nextInt(REASONS.length)];
                }
                case DELIVER -> {
                    Money planned = profiles.get(intent.line()).amountFor(intent.fy());
                    BigDecimal share = BigDecimal.valueOf(intent.quarter().number() * (0.15 + 0.1 * random.nextDouble()));
                    payload = new SavingsDeliveryRecordedEvent(pid, lines.get(intent.line()).lineId(), intent.fy(),
                            intent.quarter(), Money.of(planned.value().multiply(share).setScale(0, RoundingMode.HALF_EVEN)),
                            DELIVERY_RAGS[random.nextInt(DELIVERY_RAGS.length)], null, null);
                }
                default -> throw new IllegalStateException("unknown kind " + intent.kind());
            }
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(EventMetadata.ACTOR, "manager");
            metadata.put(EventMetadata.CORRELATION_ID, new UUID(random.nextLong(), random.nextLong()).toString());
            metadata.put(EventMetadata.SOURCE, EventMetadata.SOURCE_API);
            if (reason != null) {
                metadata.put(EventMetadata.REASON, reason);
            }
            events.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, programmeId, events.size(), payload, metadata,
                    IndicatorHistory.eventIdentifier(programmeId, events.size()), timestamp));
        }
        return events;
    }

    /** Moves part of one year's saving into the next year (or a little into the first when it is the last). */
    static SavingsProfile moved(SavingsProfile before, List<FinancialYear> years, Random random) {
        TreeMap<FinancialYear, Money> amounts = new TreeMap<>(before.asMap());
        years.forEach(fy -> amounts.putIfAbsent(fy, Money.ZERO));
        int from = random.nextInt(years.size());
        int to = from == years.size() - 1 ? 0 : from + 1;
        Money fromAmount = amounts.get(years.get(from));
        BigDecimal moved = fromAmount.value().multiply(BigDecimal.valueOf(0.1 + 0.4 * random.nextDouble()))
                .setScale(0, RoundingMode.HALF_EVEN);
        if (moved.signum() == 0) {
            moved = BigDecimal.valueOf(1000 + random.nextInt(50) * 1000L);
            amounts.put(years.get(to), amounts.get(years.get(to)).plus(Money.of(moved)));
        } else {
            amounts.put(years.get(from), fromAmount.minus(Money.of(moved)));
            amounts.put(years.get(to), amounts.get(years.get(to)).plus(Money.of(moved)));
        }
        return new SavingsProfile(amounts);
    }

    private static Instant at(LocalDate day, Random random) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(8 * 3600));
    }
}
