package io.outturn.query.eventstore;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.outturn.events.EffectiveDated;
import io.outturn.events.OutturnEvent;

import java.time.Instant;
import java.util.List;

/**
 * The two time axes a past state is read on, and the one rule that decides which of an aggregate's events count
 * (docs/design.md, "Two time axes").
 *
 * <ul>
 *   <li>{@code asOf}: transaction time, "what Outturn had recorded by then": only events whose timestamp is at or
 *       before it count.</li>
 *   <li>{@code inForceAt}: "by all we know now, what was in force then": of those, an event that records a decision
 *       or a published figure ({@link EffectiveDated}: targets, withdrawals, actuals, corrections, assessments, savings
 *       lines and their changes and deliveries) counts only when it had taken effect by then, at its
 *       {@code effectiveFrom}, or at its timestamp when it has none.</li>
 * </ul>
 *
 * <p>What an indicator or a programme <em>is</em> (defined, amended, its definition changed, linked to a predecessor,
 * a programme created) is not on the second axis: those events carry no effective date and count whenever they were
 * recorded by {@code asOf}. A plan loaded in 2015 for 2011-14 is then readable in force at 2011: its definition is
 * what Outturn knows about the indicator, and what a definition measured in which year is already said in financial
 * years ({@code IndicatorDefinitionChangedEvent.fromFy}). The rule is decided by the event's type alone: every event
 * that is {@link EffectiveDated} is on the second axis, every other is not.
 *
 * <p>Either axis may be null, meaning "now"; both null is {@link #NOW}, the live answer, which says neither.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Basis(Instant asOf, Instant inForceAt) {

    /** The live answer: everything recorded, whenever it took effect. */
    public static final Basis NOW = new Basis(null, null);

    /** Whether this is the live answer, built on neither axis. Not part of what an answer says about its basis. */
    @JsonIgnore
    public boolean isNow() {
        return asOf == null && inForceAt == null;
    }

    /** The basis as a message says it: "as of A", "in force at T", "as of A, in force at T", or "now". */
    public String inWords() {
        if (isNow()) {
            return "now";
        }
        if (inForceAt == null) {
            return "as of " + asOf;
        }
        return asOf == null ? "in force at " + inForceAt : "as of " + asOf + ", in force at " + inForceAt;
    }

    /**
     * Whether {@code event}, recorded at {@code recordedAt}, counts on this basis: recorded at or before
     * {@code asOf}, and, when it is effective-dated, in effect at or before {@code inForceAt}. Both bounds inclusive.
     */
    public boolean counts(OutturnEvent event, Instant recordedAt) {
        if (asOf != null && recordedAt.isAfter(asOf)) {
            return false;
        }
        if (inForceAt == null || !(event instanceof EffectiveDated dated)) {
            return true;
        }
        return !dated.effectiveAt(recordedAt).isAfter(inForceAt);
    }

    /** Whether the recorded event counts on this basis ({@link #counts(OutturnEvent, Instant)}). */
    public boolean counts(RecordedEvent recorded) {
        return counts(recorded.event(), recorded.recordedAt());
    }

    /**
     * The state on this basis: the aggregate's {@code events} (in sequence) of {@code type} that count, folded by
     * {@code fold}, the fold its live read model uses. Null when none counts.
     */
    public <S, E extends OutturnEvent> S fold(List<RecordedEvent> events, Class<E> type,
                                              EventStoreReader.Fold<S, E> fold) {
        S state = null;
        for (RecordedEvent recorded : events) {
            if (type.isInstance(recorded.event()) && counts(recorded)) {
                state = fold.apply(state, type.cast(recorded.event()), recorded.sequence(), recorded.recordedAt());
            }
        }
        return state;
    }
}
