package io.outturn.query.config;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.outturn.events.IndicatorDefinedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.dao.DataAccessResourceFailureException;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which failures set an event aside and which are retried, and what the operator is told. */
class ProjectionFailureTest {

    @Test
    void aDatabaseThatCannotBeReachedIsRetriedNotBlamedOnTheEvent() {
        assertThat(ProjectionFailure.of(new MongoTimeoutException("no server")))
                .isEqualTo(new ProjectionFailure(ProjectionFailure.Code.READ_MODEL_UNAVAILABLE, true));
        assertThat(ProjectionFailure.of(new DataAccessResourceFailureException("down",
                new MongoSocketReadException("reset", new ServerAddress())))).extracting(ProjectionFailure::transientFailure)
                .isEqualTo(true);
    }

    @Test
    void anEventThatCannotBeReadIsTheEventsOwnFailure() {
        ProjectionFailure failure = ProjectionFailure.of(new SerializationException("Error while deserializing object",
                new IllegalArgumentException("'2012-15' is not a financial year")));

        assertThat(failure).isEqualTo(new ProjectionFailure(ProjectionFailure.Code.EVENT_UNREADABLE, false));
        assertThat(failure.message()).isEqualTo("The stored event could not be read").doesNotContain("Exception");
    }

    @Test
    void aValueTheReadModelCannotStoreAndAFailingHandlerAreTheEventsOwn() {
        ConversionFailedException beyondDecimal128 = new ConversionFailedException(
                TypeDescriptor.valueOf(BigDecimal.class), TypeDescriptor.valueOf(String.class), BigDecimal.TEN,
                new AssertionError("Exponent is out of range for Decimal128 encoding"));

        assertThat(ProjectionFailure.of(beyondDecimal128).code()).isEqualTo(ProjectionFailure.Code.READ_MODEL_REFUSED);
        assertThat(ProjectionFailure.of(new IllegalStateException("a bug"))).isEqualTo(
                new ProjectionFailure(ProjectionFailure.Code.HANDLER_FAILED, false));
    }

    @Test
    void thePolicyDeadLettersTheEventsOwnFailureWithItsCodeAndLetsTheBatchRetryAnOutage() {
        GenericDomainEventMessage<IndicatorDefinedEvent> event = new GenericDomainEventMessage<>("Indicator", "NI130", 0, null);
        ProjectionDeadLetterPolicy policy = new ProjectionDeadLetterPolicy();

        EnqueueDecision<?> decision = policy.decide(new GenericDeadLetter<>("NI130", event),
                new SerializationException("unreadable"));
        MongoTimeoutException outage = new MongoTimeoutException("no server");

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause ->
                assertThat(cause.getMessage()).isEqualTo("The stored event could not be read"));
        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("NI130", event), outage)).isSameAs(outage);
    }
}
