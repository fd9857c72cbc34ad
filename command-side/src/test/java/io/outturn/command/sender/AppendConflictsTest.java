package io.outturn.command.sender;

import io.outturn.command.domain.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are a lost append race, in one JVM and through Axon Server. */
class AppendConflictsTest {

    @Test
    void axonsOwnSequenceConflictsAreLostRaces() {
        assertThat(AppendConflicts.lostRace(new ConcurrencyException("sequence 2 taken"))).isTrue();
        assertThat(AppendConflicts.lostRace(new AggregateStreamCreationException("NI130 exists"))).isTrue();
    }

    /** As the sender sees a handler's failed append through Axon Server (seen in the distributed suite). */
    @Test
    void axonServersInvalidSequenceComingBackFromAnotherCommandSideIsALostRace() {
        CommandExecutionException remote = new CommandExecutionException(
                "OUT_OF_RANGE: [AXONIQ-2000] Invalid sequence number 4 for aggregate KPR19, expected 6", null);

        assertThat(AppendConflicts.lostRace(remote)).isTrue();
    }

    @Test
    void aBusinessRejectionIsNotALostRace() {
        CommandExecutionException rejected = new CommandExecutionException("A reason is required", null,
                new Rejection(Rejection.Code.REASON_REQUIRED, "reason", "A reason is required"));

        assertThat(AppendConflicts.lostRace(rejected)).isFalse();
        assertThat(AppendConflicts.lostRace(new IllegalStateException("disk full"))).isFalse();
    }
}
