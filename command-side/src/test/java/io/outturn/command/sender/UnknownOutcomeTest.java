package io.outturn.command.sender;

import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownOutcomeTest {

    /**
     * As the sender sees it when the command side handling its command is killed (seen in the distributed suite):
     * Axon Server's code for a lost handler is unknown to the framework, which keeps only its message.
     */
    @Test
    void aHandlerLostUnderTheCommandIsAnUnknownOutcome() {
        AxonServerException lost = new AxonServerException("AXONIQ-0001", "Connection lost while executing command on: 32603@vm");

        assertThat(UnknownOutcome.handlerLost(lost)).isTrue();
    }

    @Test
    void aHandlersOwnFailureIsNot() {
        CommandExecutionException failed = new CommandExecutionException("handler failed",
                new AxonServerException("AXONIQ-4002", "handler failed"));

        assertThat(UnknownOutcome.handlerLost(failed)).isFalse();
        assertThat(UnknownOutcome.handlerLost(new IllegalStateException("disk full"))).isFalse();
    }
}
