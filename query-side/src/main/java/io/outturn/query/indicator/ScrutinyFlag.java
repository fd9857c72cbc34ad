package io.outturn.query.indicator;

import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Rag;

import java.time.Instant;
import java.util.List;

/**
 * A change a scrutiny committee would ask about. Raised by one event (the first of {@code events}) and never
 * changed after: {@code id} is that event's id and the kind, so a replay raises the same flag under the same id.
 * {@code events} cites what raised it: the raising event, then the events it was judged against (the actuals already
 * recorded, the earlier easings, the actual corrected). {@code ragBefore} and {@code ragAfter} are the year's card
 * just before and just after the raising event; {@code detail} says it in words.
 */
public record ScrutinyFlag(String id, FlagKind kind, IndicatorId indicatorId, String title, String organisation,
                           FinancialYear fy, Instant raisedAt, long version, List<FlaggedEvent> events, Rag ragBefore,
                           Rag ragAfter, String detail) {

    public ScrutinyFlag {
        events = List.copyOf(events);
    }

    static String idOf(String eventId, FlagKind kind) {
        return eventId + "|" + kind;
    }

    /** The event that raised the flag. */
    public FlaggedEvent raisedBy() {
        return events.get(0);
    }
}
