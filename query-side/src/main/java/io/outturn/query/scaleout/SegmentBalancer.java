package io.outturn.query.scaleout;

import io.outturn.query.config.ProcessingGroups;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spreads every projection's segments over the query-side instances. A pooled streaming processor claims every
 * segment nobody holds, so the first instance up takes them all and one started later would get none; Axon Server
 * SE does not move them. So every instance, at every interval, counts the instances alive and gives up the
 * segments it holds above its fair share; the newcomers' processors claim them. An instance that stops releases
 * its claims (or, killed, lets them time out) and the others' processors claim those in turn.
 */
final class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final QuerySideInstances instances;
    private final ScaleOutProperties properties;
    private volatile ScheduledExecutorService scheduler;

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore, QuerySideInstances instances,
                    ScaleOutProperties properties) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.instances = instances;
        this.properties = properties;
    }

    /** One round: a heartbeat, then each running processor's surplus given up. */
    void balance() {
        int alive = instances.beatAndCount();
        for (String name : ProcessingGroups.ALL) {
            processing.eventProcessor(name, StreamingEventProcessor.class)
                    .filter(StreamingEventProcessor::isRunning)
                    .ifPresent(processor -> giveUpSurplus(processor, alive));
        }
    }

    private void giveUpSurplus(StreamingEventProcessor processor, int alive) {
        int segments = tokenStore.fetchSegments(processor.getName()).length;
        List<Integer> surplus = FairShare.surplus(processor.processingStatus().keySet(), segments, alive);
        for (int segment : surplus) {
            log.info("Releasing segment {} of {} to the other query-side instances ({} alive, {} segments)",
                    segment, processor.getName(), alive, segments);
            processor.releaseSegment(segment, properties.releaseFor().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void balanceOrSayWhy() {
        try {
            balance();
        } catch (RuntimeException failed) {
            log.warn("Could not balance the projections' segments this round; trying again in {}",
                    properties.interval(), failed);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outturn-segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.interval().toMillis();
        started.scheduleWithFixedDelay(this::balanceOrSayWhy, interval, interval, TimeUnit.MILLISECONDS);
        scheduler = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running == null) {
            return;
        }
        // A round under way finishes (it is short); interrupting it would only fail its MongoDB call.
        running.shutdown();
        try {
            running.awaitTermination(10, TimeUnit.SECONDS);
            instances.leave();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException notRemoved) {
            log.warn("Could not remove this instance's heartbeat; the others will count it gone after {} intervals",
                    Liveness.QUIET_ROUNDS, notRemoved);
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
