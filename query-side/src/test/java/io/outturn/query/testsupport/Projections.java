package io.outturn.query.testsupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.awaitility.Awaitility.await;

/**
 * Waits (with Awaitility, no sleeps) until projections have processed everything in the event store: every
 * segment of the processor claimed, none in error, and each at or past the head of the store as it was when
 * the wait began. A batch's documents are written before its token moves, so once this returns the read
 * models show every event appended before the call.
 */
public final class Projections {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public Projections(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Waits for every streaming processor of the application. */
    public void awaitCaughtUp() {
        awaitCaughtUp(processing.eventProcessors().keySet());
    }

    /** Waits for the named processing groups only. */
    public void awaitCaughtUp(String... groups) {
        awaitCaughtUp(Arrays.asList(groups));
    }

    private void awaitCaughtUp(Collection<String> groups) {
        long head = headPosition();
        List<String> names = List.copyOf(groups);
        await("projections " + names + " caught up with position " + head)
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> names.stream().allMatch(name -> isAt(name, head)));
    }

    /** The position of the last event in the store, or -1 when it is empty. */
    public long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1L);
    }

    /** The streaming processor of a processing group; fails when there is none. */
    public StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("no streaming processor named " + group));
    }

    private boolean isAt(String group, long head) {
        StreamingEventProcessor processor = processor(group);
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (!processor.isRunning() || status.isEmpty() || !coversAllSegments(status.values())) {
            return false;
        }
        return status.values().stream().allMatch(segment -> !segment.isErrorState()
                && segment.getCurrentPosition().orElse(-1L) >= head);
    }

    private static boolean coversAllSegments(Collection<EventTrackerStatus> status) {
        // Segment masks are 2^n - 1: a segment owns 1/(mask+1) of the sequences; claimed ones must add up to all.
        long whole = 1L << 31;
        long claimed = status.stream().mapToLong(s -> whole / (s.getSegment().getMask() + 1L)).sum();
        return claimed == whole;
    }
}
