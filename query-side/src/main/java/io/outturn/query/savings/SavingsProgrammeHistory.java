package io.outturn.query.savings;

import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.query.eventstore.Basis;
import io.outturn.query.eventstore.EventStoreReader;
import io.outturn.query.eventstore.RecordedEvent;
import io.outturn.values.LineId;
import io.outturn.values.ProgrammeId;
import io.outturn.values.SavingsProfile;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the event store says about a programme's past: the programme on a basis of the two time axes (as it stood
 * at a moment of transaction time, in force at a moment of effective time, or both), folded from the events that
 * count on it with the same fold as the live read model, and the changes of one line.
 */
@Component
class SavingsProgrammeHistory {

    private final EventStoreReader storedEvents;

    SavingsProgrammeHistory(EventStoreReader storedEvents) {
        this.storedEvents = storedEvents;
    }

    /** The programme on {@code basis}, or empty when it had not been created by its {@code asOf}. */
    Optional<SavingsProgrammeView> on(ProgrammeId id, Basis basis) {
        return Optional.ofNullable(SavingsProgrammeFold.at(storedEvents.eventsOf(id.value(), basis.asOf()), basis))
                .map(state -> SavingsProgrammeViews.of(state, basis));
    }

    boolean programmeExists(ProgrammeId id) {
        return storedEvents.programmeExists(id);
    }

    /** Every addition, revision and withdrawal of the line, oldest first; delivery reports are not changes of the line. */
    List<SavingsLineChange> changesOf(ProgrammeId programmeId, LineId lineId) {
        List<SavingsLineChange> changes = new ArrayList<>();
        for (RecordedEvent recorded : storedEvents.lineEventsOf(programmeId, lineId)) {
            change(recorded).ifPresent(changes::add);
        }
        return changes;
    }

    private static Optional<SavingsLineChange> change(RecordedEvent recorded) {
        if (recorded.event() instanceof SavingsLineAddedEvent added) {
            return Optional.of(change(recorded, SavingsLineChange.Type.ADDED, null, added.profile()));
        }
        if (recorded.event() instanceof SavingsLineRevisedEvent revised) {
            return Optional.of(change(recorded, SavingsLineChange.Type.REVISED, revised.previous(), revised.profile()));
        }
        if (recorded.event() instanceof SavingsLineWithdrawnEvent withdrawn) {
            return Optional.of(change(recorded, SavingsLineChange.Type.WITHDRAWN, withdrawn.previous(), null));
        }
        return Optional.empty();
    }

    private static SavingsLineChange change(RecordedEvent recorded, SavingsLineChange.Type type,
                                            SavingsProfile previous,
                                            SavingsProfile profile) {
        return new SavingsLineChange(recorded.version(), type, previous, profile, recorded.actor(), recorded.reason(),
                recorded.reasonCode(), recorded.decision(), recorded.effectiveFrom(), recorded.recordedAt(),
                recorded.eventId());
    }
}
