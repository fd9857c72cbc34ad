package io.outturn.query.indicator;

import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Status cards on a {@link Basis} other than now, rebuilt from each indicator's own events in the event store by
 * the fold and the rendering the live projection uses ({@link IndicatorFold#at}, {@link KpiCards}), so a card in
 * force at a moment and the live card cannot disagree about anything but the events that count.
 */
@Component
class KpiStatusFromEvents {

    private final EventStoreReader storedEvents;
    private final KpiStatusReadModel readModel;

    KpiStatusFromEvents(EventStoreReader storedEvents, KpiStatusReadModel readModel) {
        this.storedEvents = storedEvents;
        this.readModel = readModel;
    }

    /** The card of {@code fy} on {@code basis}; 404 when the indicator or the card did not exist on it. */
    KpiStatusView card(IndicatorId id, FinancialYear fy, Basis basis) {
        IndicatorState state = IndicatorFold.at(storedEvents.eventsOf(id.value(), basis.asOf()), basis);
        if (state == null || state.definition() == null) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "id",
                    "indicator " + id + " did not exist " + basis.inWords());
        }
        if (!KpiCards.hasCard(state, fy)) {
            throw new OutturnException(ErrorCode.INDICATOR_NOT_FOUND, "fy",
                    "no status card for indicator " + id + " in " + fy + " " + basis.inWords());
        }
        return KpiCards.card(state, fy);
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
            IndicatorState state = IndicatorFold.at(storedEvents.eventsOf(id.value(), basis.asOf()), basis);
            if (state == null || state.definition() == null) {
                continue;
            }
            for (KpiStatusView card : cardsOf(state, filter.fy())) {
                if (filter.matches(card)) {
                    matching.add(card);
                }
            }
        }
        int from = (int) Math.min((long) page * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new KpiStatusPage(List.copyOf(matching.subList(from, to)), page, size, matching.size(), basis);
    }

    private static List<KpiStatusView> cardsOf(IndicatorState state, FinancialYear fy) {
        if (fy == null) {
            return KpiCards.cards(state);
        }
        return KpiCards.hasCard(state, fy) ? List.of(KpiCards.card(state, fy)) : List.of();
    }
}
