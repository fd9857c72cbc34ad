package io.outturn.query.admin;

import io.axoniq.axonserver.connector.admin.AdminChannel;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * With Axon Server, every query-side instance reports its processors to it and takes instructions from it: pausing
 * a processor there stops it on every instance (each releases its segments), starting it starts it on every one.
 * Axon Server knows the processor by its name and its token store's identifier.
 */
final class ThroughAxonServer implements EveryInstance {

    private static final Logger log = LoggerFactory.getLogger(ThroughAxonServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final AxonServerConnectionManager connections;
    private final EventProcessingConfiguration processing;
    private final ThisInstanceOnly here = new ThisInstanceOnly();

    ThroughAxonServer(AxonServerConnectionManager connections, EventProcessingConfiguration processing) {
        this.connections = connections;
        this.processing = processing;
    }

    @Override
    public void stop(StreamingEventProcessor processor) {
        await("pause", processor, admin().pauseEventProcessor(processor.getName(), tokenStoreOf(processor)));
        // Paused by Axon Server as one of the instances; stopped here as well should that instruction lag.
        here.stop(processor);
    }

    @Override
    public void start(StreamingEventProcessor processor) {
        try {
            await("start", processor, admin().startEventProcessor(processor.getName(), tokenStoreOf(processor)));
        } finally {
            if (!processor.isRunning()) {
                here.start(processor);
            }
        }
    }

    private AdminChannel admin() {
        return connections.getConnection().adminChannel();
    }

    private String tokenStoreOf(StreamingEventProcessor processor) {
        String name = processor.getName();
        return processing.transactionManager(name)
                .fetchInTransaction(() -> processing.tokenStore(name).retrieveStorageIdentifier())
                .orElseThrow(() -> new OutturnException(ErrorCode.SERVICE_UNAVAILABLE,
                        "the token store of projection " + name + " has no identifier to name it to Axon Server by"));
    }

    private static void await(String instruction, StreamingEventProcessor processor, CompletableFuture<?> done) {
        try {
            Object result = done.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Axon Server: {} of projection {} on every instance: {}", instruction, processor.getName(), result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutturnException(ErrorCode.SERVICE_UNAVAILABLE,
                    "interrupted while asking Axon Server to " + instruction + " " + processor.getName());
        } catch (ExecutionException | TimeoutException e) {
            throw new OutturnException(ErrorCode.SERVICE_UNAVAILABLE, "Axon Server could not " + instruction
                    + " projection " + processor.getName() + " on every instance: " + e.getMessage());
        }
    }
}
