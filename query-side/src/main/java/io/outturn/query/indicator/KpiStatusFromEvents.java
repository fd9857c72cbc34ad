package io.outturn.query.indicator;

import io.outturn.query.config.OrganisationZone;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Status cards on a {@link Basis} other than now, rebuilt from each indicator's own events in the event store by
 * the fold and the rendering the live projection uses ({@link IndicatorFold#at}, {@link ScrutinyFold}, {@link KpiCards}),
 * so a card in force at a moment and the live card cannot disagree about anything but the events that count.
 */
@Component
class KpiStatusFromEvents {

    private final EventStoreReader storedEvents;
    private final KpiStatusReadModel readModel;
    private final ZoneId zone;

    KpiStatusFromEvents(EventStoreReader storedEvents, KpiStatusReadModel readModel, OrganisationZone zone) {
        this.storedEvents = storedEvents;
        this.readModel = readModel;
        this.zone = zone.zone();
    }

    /** The card of {@code fy} on {@code basis}; 404 when the indicator or the card did not exist on it. */
    KpiStatusView card(IndicatorId id, FinancialYear fy, Basis basis) {
        List<RecordedEvent> recorded = storedEvents.eventsOf(id.value(), basis.asOf());
        IndicatorState state = IndicatorFold.at(recorded, basis);
        if (state == null || state.definition() == null) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id",
                    "indicator " + id + " did not exist " + basis.inWords());
        }
        if (!KpiCards.hasCard(state, fy)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "fy",
                    "no status card for indicator " + id + " in " + fy + " " + basis.inWords());
        }
        return KpiCards.card(state, scrutinyOn(recorded, basis), fy);
    }

    /**
     * The status list on {@code basis}: the cards that match {@code filter}, ordered as the live list is (by
     * indicator, then financial year), one page of them, and how many there are in all.
     *
     * <p>Which indicators to rebuild is taken from the live read model: those with a card (in {@code fy}, of
     * {@code organisation}, when given). A card on any basis is also a card now, since a year an indicator has had
     * anything in never leaves it, and an indicator's organisation is never amended; so no indicator that has a
     * matching card on the basis is left out. Everything else (its service group as then defined, its RAG then) is
     * decided on the rebuilt cards.
     */
    KpiStatusPage page(KpiStatusFilter filter, int page, int size, Basis basis) {
        List<KpiStatusView> matching = new ArrayList<>();
        for (IndicatorId id : readModel.indicatorsWithCards(filter.fy(), filter.organisation())) {
            List<RecordedEvent> recorded = storedEvents.eventsOf(id.value(), basis.asOf());
            IndicatorState state = IndicatorFold.at(recorded, basis);
            if (state == null || state.definition() == null) {
                continue;
            }
            for (KpiStatusView card : cardsOf(state, scrutinyOn(recorded, basis), filter.fy())) {
                if (filter.matches(card)) {
                    matching.add(card);
                }
            }
        }
        int from = (int) Math.min((long) page * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new KpiStatusPage(List.copyOf(matching.subList(from, to)), page, size, matching.size(), basis);
    }

    private static List<KpiStatusView> cardsOf(IndicatorState state, Scrutiny scrutiny, FinancialYear fy) {
        if (fy == null) {
            return KpiCards.cards(state, scrutiny);
        }
        return KpiCards.hasCard(state, fy) ? List.of(KpiCards.card(state, scrutiny, fy)) : List.of();
    }

    /**
     * What scrutiny knew by {@code asOf}: folded from every event recorded by then, in the order they were recorded,
     * as the live cards' is; in force at a moment, only the flags raised by events that count then.
     */
    private Scrutiny scrutinyOn(List<RecordedEvent> recorded, Basis basis) {
        FoldedIndicator folded = FoldedIndicator.of(recorded, zone);
        if (folded == null) {
            return Scrutiny.NONE;
        }
        if (basis.inForceAt() == null) {
            return folded.scrutiny();
        }
        Set<String> counting = recorded.stream().filter(basis::counts).map(RecordedEvent::eventId)
                .collect(Collectors.toSet());
        return folded.scrutiny().raisedByAnyOf(counting);
    }
}
