package io.outturn.bench;

import io.outturn.values.FinancialYear;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

/**
 * The large county the issue describes: {@code indicators} indicators (the seed plans' real measures, repeated)
 * over {@code years} financial years, a few savings programmes on seed 001's lines, and one indicator with a long
 * history for the as-of query, in exactly {@code totalEvents} events. Its events come aggregate by aggregate, each
 * history generated when it is reached, so that a million events never sit in memory at once.
 */
final class County {

    static final long SEED = 20111201L;

    private final List<IndicatorArchetype> archetypes;
    private final List<SavingsHistory.Line> lines;
    private final List<FinancialYear> years;
    private final int indicators;
    private final int heavyEvents;
    private final int programmes;
    private final int eventsPerProgramme;
    private final int totalEvents;

    County(Scale scale) {
        this.archetypes = IndicatorArchetype.fromDemoPlan();
        this.lines = SavingsHistory.seedLines();
        this.years = IntStream.range(0, scale.countyYears()).mapToObj(i -> FinancialYear.startingIn(2005 + i)).toList();
        this.indicators = scale.countyIndicators();
        this.heavyEvents = scale.heavyIndicatorEvents();
        this.programmes = scale.savingsProgrammes();
        this.eventsPerProgramme = scale.savingsEventsPerProgramme();
        this.totalEvents = scale.countyEvents();
        if (ordinaryEvents() < (long) (indicators - 1) * (1 + 5 * years.size())) {
            throw new IllegalArgumentException("too few events for " + indicators + " indicators over " + years.size() + " years");
        }
    }

    int totalEvents() {
        return totalEvents;
    }

    int indicatorCount() {
        return indicators;
    }

    List<FinancialYear> years() {
        return years;
    }

    String indicatorId(int index) {
        return archetype(index).code() + "-" + String.format("%04d", index);
    }

    String programmeId(int index) {
        return "county-savings-" + (index + 1);
    }

    /** The indicator with a long history, for the as-of card. */
    String heavyIndicatorId() {
        return indicatorId(0);
    }

    /** A past moment in the middle of the heavy indicator's history: half its events were recorded by then. */
    Instant heavyAsOf() {
        List<DomainEventMessage<?>> history = heavyHistory();
        return history.get(history.size() / 2).getTimestamp();
    }

    /** The year the as-of card is asked for: one whose target and actuals had been recorded by {@link #heavyAsOf()}. */
    FinancialYear heavyAsOfYear() {
        return years.get(years.size() / 2 - 1);
    }

    /** Every event, aggregate by aggregate: savings programmes, the heavy indicator, then the other indicators. */
    Iterator<DomainEventMessage<?>> events() {
        return new Flattened(new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < programmes + indicators;
            }

            @Override
            public List<DomainEventMessage<?>> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                if (index < programmes) {
                    return SavingsHistory.generate(programmeId(index), lines, eventsPerProgramme, SEED + 7_000_000L + index);
                }
                int indicator = index - programmes;
                return indicator == 0 ? heavyHistory() : ordinaryHistory(indicator);
            }
        });
    }

    private List<DomainEventMessage<?>> heavyHistory() {
        return IndicatorHistory.generate(indicatorId(0), archetype(0), years, heavyEvents, SEED);
    }

    private List<DomainEventMessage<?>> ordinaryHistory(int indicator) {
        long ordinary = ordinaryEvents();
        int others = indicators - 1;
        int count = (int) (ordinary / others + (indicator - 1 < ordinary % others ? 1 : 0));
        return IndicatorHistory.generate(indicatorId(indicator), archetype(indicator), years, count, SEED + 1000L * indicator);
    }

    private long ordinaryEvents() {
        return (long) totalEvents - heavyEvents - (long) programmes * eventsPerProgramme;
    }

    private IndicatorArchetype archetype(int index) {
        return archetypes.get(index % archetypes.size());
    }

    /** A small, fixed sample of indicator ids for queries, spread over the county. */
    List<String> sampleIndicatorIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(indicatorId(1 + (int) ((long) i * (indicators - 1) / count)));
        }
        return Collections.unmodifiableList(ids);
    }

    private static final class Flattened implements Iterator<DomainEventMessage<?>> {
        private final Iterator<List<DomainEventMessage<?>>> histories;
        private Iterator<DomainEventMessage<?>> current = Collections.emptyIterator();

        Flattened(Iterator<List<DomainEventMessage<?>>> histories) {
            this.histories = histories;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && histories.hasNext()) {
                current = histories.next().iterator();
            }
            return current.hasNext();
        }

        @Override
        public DomainEventMessage<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
