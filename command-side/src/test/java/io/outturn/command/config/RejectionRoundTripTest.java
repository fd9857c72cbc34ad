package io.outturn.command.config;

import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A rejection's code must survive the command bus, including Axon Server, where only the exception's message
 * and its details (serialized with the messages serializer) travel: never the exception itself.
 */
@CommandSideTest
class RejectionRoundTripTest {

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    ResettableEventStorageEngine storage;

    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    @BeforeEach
    void emptyEventStore() {
        storage.reset();
    }

    @Test
    void aRejectionIsWrappedWithItsCodeFieldAndMessageInTheDetails() {
        RejectedException rejection = new RejectedException(Rejection.Code.REASON_REQUIRED, "reason",
                "revising the 2011-12 target of NI130 needs a reason");

        CommandExecutionException wrapped = catchThrowableOfType(CommandExecutionException.class,
                () -> handleThrowing(rejection));

        assertThat(wrapped.getDetails()).contains(new Rejection(Rejection.Code.REASON_REQUIRED, "reason",
                "revising the 2011-12 target of NI130 needs a reason"));
    }

    @Test
    void theDetailsSurviveSerializationAndAreUnwrappedToTheSameRejection() {
        RejectedException rejection = new RejectedException(Rejection.Code.QUARTER_NOT_ENDED, "quarter",
                "Q2 2012-13 has not ended");
        CommandExecutionException wrapped = catchThrowableOfType(CommandExecutionException.class,
                () -> handleThrowing(rejection));

        SerializedObject<byte[]> travelling = messageSerializer.serialize(wrapped.getDetails().orElseThrow(), byte[].class);
        Object arrived = messageSerializer.deserialize(travelling);
        CommandExecutionException remote = new CommandExecutionException(wrapped.getMessage(), null, arrived);

        Rejection unwrapped = RejectedException.in(remote).orElseThrow();
        assertThat(unwrapped.code()).isEqualTo(Rejection.Code.QUARTER_NOT_ENDED);
        assertThat(unwrapped.field()).isEqualTo("quarter");
        assertThat(unwrapped.message()).isEqualTo("Q2 2012-13 has not ended");
    }

    @Test
    void aMissingAggregateTravelsAsNotFound() {
        CommandExecutionException wrapped = catchThrowableOfType(CommandExecutionException.class,
                () -> handleThrowing(new AggregateNotFoundException("NI999", "no events for NI999")));

        assertThat(wrapped.getDetails()).get().isInstanceOfSatisfying(Rejection.class,
                details -> assertThat(details.code()).isEqualTo(Rejection.Code.NOT_FOUND));
    }

    @Test
    void aRejectedCommandComesBackFromTheBusWithItsCodeInTheDetails() {
        IndicatorId nobody = IndicatorId.of("NI999");
        SetTargetCommand command = new SetTargetCommand(nobody, FinancialYear.parse("2011-12"),
                new Target.AtLeast(new BigDecimal("12000"), true), "12,000", null, null, null);

        assertThatThrownBy(() -> commandGateway.sendAndWait(command))
                .isInstanceOfSatisfying(CommandExecutionException.class, failure ->
                        assertThat(failure.getDetails()).get().isInstanceOfSatisfying(Rejection.class,
                                details -> assertThat(details.code()).isEqualTo(Rejection.Code.NOT_FOUND)));
    }

    private static Object handleThrowing(Exception failure) throws Exception {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage("probe"));
        try {
            return new RejectionWrappingInterceptor().handle(castUnitOfWork(unitOfWork), () -> {
                throw failure;
            });
        } finally {
            unitOfWork.rollback();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DefaultUnitOfWork<org.axonframework.commandhandling.CommandMessage<?>> castUnitOfWork(
            DefaultUnitOfWork<?> unitOfWork) {
        return (DefaultUnitOfWork) unitOfWork;
    }
}
