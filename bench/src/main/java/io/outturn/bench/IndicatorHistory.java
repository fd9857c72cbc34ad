package io.outturn.bench;

import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.Baseline;
import io.outturn.values.Decimals;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.Quarter;
import io.outturn.values.Target;
import io.outturn.values.Tolerance;
import io.outturn.values.Unit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * One indicator's history as the events Outturn would have stored for it, shaped like real use: defined before
 * its first year, a target set for every year (from an imported plan), revised with reasons, a quarterly actual
 * recorded after each quarter ended, restated with reasons, the definition amended now and then. Sequence numbers
 * run from 0 without gaps and timestamps rise with them, so the aggregate, the projections and the as-of
 * queries all accept the history as their own. Deterministic for a seed.
 */
final class IndicatorHistory {

    static final String AGGREGATE_TYPE = "Indicator";

    private static final String[] REVISION_REASONS = {
            "Cabinet approved stretch target", "Revised after the mid-year review",
            "Aligned with the revised Local Area Agreement", "Budget settlement reduced capacity",
            "Corrected a transcription error in the plan"};
    private static final String[] CORRECTION_REASONS = {
            "Restated after data validation", "Late returns from providers", "Audit adjustment",
            "Duplicate records removed", "Definition change applied retrospectively"};
    private static final String[] ACTORS = {"manager", "performance.officer", "service.director", "data.officer"};
    private static final String[] LEAD_OFFICERS = {
            "Group Manager, Customer Access Social Care", "Service Director, Personal Care and Support",
            "Head of Performance and Intelligence", "Group Manager, Quality and Market Management"};

    private enum Kind { DEFINE, SET, RECORD, REVISE, CORRECT, AMEND }

    private record Intent(Instant at, Kind kind, FinancialYear fy, Quarter quarter) {
    }

    private final String id;
    private final IndicatorArchetype archetype;
    private final List<FinancialYear> years;
    private final Random random;
    private final String importSource;

    private IndicatorHistory(String id, IndicatorArchetype archetype, List<FinancialYear> years, long seed) {
        this.id = id;
        this.archetype = archetype;
        this.years = years;
        this.random = new Random(seed);
        this.importSource = EventMetadata.importSource(String.format("%064x", seed & Long.MAX_VALUE));
    }

    /** {@code eventCount} events of indicator {@code id}, oldest first. */
    static List<DomainEventMessage<?>> generate(String id, IndicatorArchetype archetype, List<FinancialYear> years,
                                                int eventCount, long seed) {
        return new IndicatorHistory(id, archetype, years, seed).events(eventCount);
    }

    private List<DomainEventMessage<?>> events(int eventCount) {
        List<Intent> intents = new ArrayList<>();
        Instant defined = at(years.get(0).start().minusDays(60));
        intents.add(new Intent(defined, Kind.DEFINE, null, null));
        Map<FinancialYear, Instant> setAt = new HashMap<>();
        Map<FinancialYear, EnumMap<Quarter, Instant>> recordedAt = new HashMap<>();
        for (FinancialYear fy : years) {
            Instant set = at(fy.start().minusDays(5 + random.nextInt(25)));
            setAt.put(fy, set);
            intents.add(new Intent(set, Kind.SET, fy, null));
            for (Quarter q : Quarter.values()) {
                Instant recorded = at(fy.quarterEnd(q).plusDays(10 + random.nextInt(30)));
                recordedAt.computeIfAbsent(fy, k -> new EnumMap<>(Quarter.class)).put(q, recorded);
                intents.add(new Intent(recorded, Kind.RECORD, fy, q));
            }
        }
        intents.sort(Comparator.comparing(Intent::at));
        if (eventCount <= intents.size()) {
            return materialise(intents.subList(0, eventCount));
        }
        for (int extra = intents.size(); extra < eventCount; extra++) {
            double pick = random.nextDouble();
            FinancialYear fy = years.get(random.nextInt(years.size()));
            if (pick < 0.72) {
                Quarter q = Quarter.values()[random.nextInt(4)];
                intents.add(new Intent(later(recordedAt.get(fy).get(q), 540), Kind.CORRECT, fy, q));
            } else if (pick < 0.97) {
                intents.add(new Intent(later(setAt.get(fy), 365), Kind.REVISE, fy, null));
            } else {
                intents.add(new Intent(later(defined, 365L * years.size()), Kind.AMEND, null, null));
            }
        }
        intents.sort(Comparator.comparing(Intent::at));
        return materialise(intents);
    }

    private List<DomainEventMessage<?>> materialise(List<Intent> intents) {
        IndicatorId indicatorId = IndicatorId.of(id);
        Map<FinancialYear, Target> targets = new HashMap<>();
        Map<FinancialYear, String> printed = new HashMap<>();
        Map<FinancialYear, EnumMap<Quarter, BigDecimal>> actuals = new HashMap<>();
        List<DomainEventMessage<?>> events = new ArrayList<>(intents.size());
        Instant previous = Instant.MIN;
        String leadOfficer = archetype.leadOfficer();
        for (Intent intent : intents) {
            Instant timestamp = intent.at().isAfter(previous) ? intent.at() : previous.plusMillis(1);
            previous = timestamp;
            IndicatorEvent payload;
            String reason = null;
            String actor = ACTORS[random.nextInt(ACTORS.length)];
            String source = EventMetadata.SOURCE_API;
            switch (intent.kind()) {
                case DEFINE -> {
                    payload = new IndicatorDefinedEvent(indicatorId, archetype.title(), archetype.organisation(),
                            archetype.serviceGroup(), leadOfficer, archetype.framework(), archetype.unit(),
                            archetype.polarity(), archetype.rollUp(), Tolerance.DEFAULT.percent(),
                            new Baseline(round(archetype.typicalValue()), years.get(0).previous(), "baseline column of the plan"), null, List.of());
                    source = importSource;
                }
                case SET -> {
                    Target target = targetFor(intent.fy(), 1.0);
                    String text = printedOf(target);
                    targets.put(intent.fy(), target);
                    printed.put(intent.fy(), text);
                    payload = new TargetSetEvent(indicatorId, intent.fy(), target, text, null, null, null, null, null);
                    source = importSource;
                }
                case REVISE -> {
                    Target before = targets.get(intent.fy());
                    Target after = targetFor(intent.fy(), 0.92 + 0.16 * random.nextDouble());
                    if (after.equals(before)) {
                        after = targetFor(intent.fy(), 1.2);
                    }
                    String text = printedOf(after);
                    payload = new TargetSetEvent(indicatorId, intent.fy(), after, text, before, printed.get(intent.fy()), null, null, null);
                    targets.put(intent.fy(), after);
                    printed.put(intent.fy(), text);
                    reason = REVISION_REASONS[random.nextInt(REVISION_REASONS.length)];
                }
                case RECORD -> {
                    BigDecimal value = actualFor(intent.fy(), 0.85 + 0.3 * random.nextDouble());
                    actuals.computeIfAbsent(intent.fy(), k -> new EnumMap<>(Quarter.class)).put(intent.quarter(), value);
                    payload = new ActualRecordedEvent(indicatorId, intent.fy(), intent.quarter(), value,
                            random.nextInt(5) == 0 ? "from the quarterly return" : null, null);
                }
                case CORRECT -> {
                    BigDecimal before = actuals.get(intent.fy()).get(intent.quarter());
                    BigDecimal after = round(before.multiply(BigDecimal.valueOf(0.95 + 0.1 * random.nextDouble())));
                    if (after.compareTo(before) == 0) {
                        after = before.add(BigDecimal.ONE);
                    }
                    actuals.get(intent.fy()).put(intent.quarter(), after);
                    payload = new ActualCorrectedEvent(indicatorId, intent.fy(), intent.quarter(), after, before, null, null, null);
                    reason = CORRECTION_REASONS[random.nextInt(CORRECTION_REASONS.length)];
                }
                case AMEND -> {
                    String next = LEAD_OFFICERS[random.nextInt(LEAD_OFFICERS.length)];
                    leadOfficer = next.equals(leadOfficer) ? LEAD_OFFICERS[0] + " (acting)" : next;
                    payload = new IndicatorAmendedEvent(indicatorId, archetype.title(), archetype.serviceGroup(),
                            leadOfficer, Tolerance.DEFAULT.percent(), new Baseline(round(archetype.typicalValue()),
                            years.get(0).previous(), "baseline column of the plan"), null, List.of());
                    reason = "Lead officer changed after restructure";
                }
                default -> throw new IllegalStateException("unknown kind " + intent.kind());
            }
            events.add(message(payload, events.size(), timestamp, actor, reason, source));
        }
        return events;
    }

    private DomainEventMessage<?> message(IndicatorEvent payload, long sequence, Instant timestamp, String actor,
                                          String reason, String source) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, actor);
        metadata.put(EventMetadata.CORRELATION_ID, uuid().toString());
        metadata.put(EventMetadata.SOURCE, source);
        if (reason != null) {
            metadata.put(EventMetadata.REASON, reason);
        }
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, id, sequence, payload, metadata,
                eventIdentifier(id, sequence), timestamp);
    }

    /** A target a little more ambitious each year, in the direction the polarity asks for. */
    private Target targetFor(FinancialYear fy, double factor) {
        double yearly = 1 + 0.03 * years.indexOf(fy);
        BigDecimal value = round(archetype.typicalValue().multiply(BigDecimal.valueOf(factor)));
        if (archetype.polarity() == Polarity.HIGHER_IS_BETTER) {
            return new Target.AtLeast(round(value.multiply(BigDecimal.valueOf(yearly))), true);
        }
        if (archetype.polarity() == Polarity.LOWER_IS_BETTER) {
            return new Target.AtMost(round(value.multiply(BigDecimal.valueOf(2 - yearly))), true);
        }
        return new Target.Range(round(value.multiply(BigDecimal.valueOf(0.95))), round(value.multiply(BigDecimal.valueOf(1.05))));
    }

    /** A quarter's value near the year's target; flows (SUM) report a quarter of the year's amount. */
    private BigDecimal actualFor(FinancialYear fy, double factor) {
        BigDecimal value = archetype.typicalValue().multiply(BigDecimal.valueOf(factor * (1 + 0.03 * years.indexOf(fy))));
        if (archetype.rollUp() == io.outturn.values.RollUp.SUM) {
            value = value.divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_EVEN);
        }
        return round(value);
    }

    private static String printedOf(Target target) {
        if (target instanceof Target.AtLeast atLeast) {
            return atLeast.value().toPlainString() + "+";
        }
        if (target instanceof Target.AtMost atMost) {
            return "no more than " + atMost.value().toPlainString();
        }
        if (target instanceof Target.Range range) {
            return range.low().toPlainString() + "-" + range.high().toPlainString();
        }
        return target.kind();
    }

    private BigDecimal round(BigDecimal value) {
        int scale = archetype.unit() == Unit.COUNT || archetype.unit() == Unit.DAYS ? 0
                : archetype.unit() == Unit.PERCENT ? 1 : 2;
        return Decimals.normalise(value.setScale(scale, RoundingMode.HALF_EVEN));
    }

    private Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(8 * 3600));
    }

    private Instant later(Instant from, long maxDays) {
        return from.plus(Duration.ofHours(1 + (long) (random.nextDouble() * maxDays * 24)));
    }

    /** Unique across every generated history, whatever the seeds: derived from the aggregate and the sequence. */
    static String eventIdentifier(String aggregateId, long sequence) {
        return UUID.nameUUIDFromBytes((aggregateId + "#" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
