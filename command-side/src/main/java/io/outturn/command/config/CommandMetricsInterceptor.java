package io.outturn.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.util.Optional;

/**
 * Times every handled command as {@code outturn.commands}, tagged with the command's simple name and its
 * outcome: {@code changed}, {@code unchanged} (a no-op), {@code rejected:<CODE>} (a business rule said no) or
 * {@code failed} (anything unexpected). The count of the timer is the command counter.
 */
class CommandMetricsInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String METER = "outturn.commands";

    private final MeterRegistry registry;

    CommandMetricsInterceptor(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String type = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            Object result = chain.proceed();
            outcome = result instanceof CommandResult commandResult && !commandResult.changed() ? "unchanged" : "changed";
            return result;
        } catch (Exception failure) {
            outcome = outcomeOf(failure);
            throw failure;
        } finally {
            sample.stop(Timer.builder(METER)
                    .description("Commands handled, by type and outcome")
                    .tag("type", type)
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    static String outcomeOf(Throwable failure) {
        Optional<Rejection> rejection = RejectedException.in(failure);
        if (rejection.isPresent()) {
            return "rejected:" + rejection.get().code().name();
        }
        if (failure instanceof AggregateNotFoundException) {
            return "rejected:NOT_FOUND";
        }
        return "failed";
    }
}
