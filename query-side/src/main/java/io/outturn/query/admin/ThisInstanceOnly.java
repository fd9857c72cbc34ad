package io.outturn.query.admin;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Without Axon Server (standalone) there is no other instance to reach: the processor is stopped and started here.
 * Should another instance share the token store all the same, resetting fails on its claims and the replay is
 * refused.
 */
final class ThisInstanceOnly implements EveryInstance {

    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    @Override
    public void stop(StreamingEventProcessor processor) {
        try {
            processor.shutdownAsync().get(SHUTDOWN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutturnException(ErrorCode.SERVICE_UNAVAILABLE, "interrupted while stopping " + processor.getName());
        } catch (ExecutionException | TimeoutException e) {
            throw new OutturnException(ErrorCode.SERVICE_UNAVAILABLE,
                    "projection " + processor.getName() + " did not stop in time: " + e.getMessage());
        }
    }

    @Override
    public void start(StreamingEventProcessor processor) {
        processor.start();
    }
}
