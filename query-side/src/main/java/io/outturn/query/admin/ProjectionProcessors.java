package io.outturn.query.admin;

import io.outturn.query.config.ProcessingGroups;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The read-model processors as an operator sees them: their progress, and replaying one from the start. */
@Component
class ProjectionProcessors {

    private static final Logger log = LoggerFactory.getLogger(ProjectionProcessors.class);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionProcessors(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** The read-model processing groups that have a processor in this application, in a fixed order. */
    List<String> names() {
        return ProcessingGroups.ALL.stream().filter(name -> find(name).isPresent()).toList();
    }

    List<ProjectionStatus> statuses() {
        Long head = head();
        return names().stream().map(name -> status(name, processor(name), head)).toList();
    }

    ProjectionStatus status(String name) {
        return status(name, processor(name), head());
    }

    /**
     * Rebuilds a read model from the first event: stops the processor, resets its tokens (its reset handler
     * clears the collections), and starts it again; the replay then runs in the background. Refused while
     * another instance holds a segment of the processor, since it would go on writing the old positions.
     */
    ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new OutturnException(ErrorCode.BUSINESS_RULE_VIOLATED, "name", "projection " + name + " cannot be replayed");
        }
        shutDown(processor);
        try {
            processor.resetTokens();
            log.info("Replaying projection {} from the first event", name);
        } catch (RuntimeException refused) {
            log.warn("Could not reset projection {}: {}", name, refused.getMessage());
            throw new OutturnException(ErrorCode.BUSINESS_RULE_VIOLATED, "name", "projection " + name
                    + " cannot be replayed now: another instance holds part of it; stop it there first");
        } finally {
            processor.start();
        }
        return status(name);
    }

    /** Events between the head of the store and the projection's position; 0 when caught up. */
    long lag(String name) {
        if (find(name).isEmpty()) {
            return 0;
        }
        Long head = head();
        Long position = lowestPosition(statusOf(name).values());
        if (head == null) {
            return 0;
        }
        return Math.max(0, head - (position == null ? -1 : position));
    }

    int replayProgressPercent(String name) {
        return replayProgress(statusOf(name).values());
    }

    private Map<Integer, EventTrackerStatus> statusOf(String name) {
        return find(name).map(StreamingEventProcessor::processingStatus).orElse(Map.of());
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, Long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = lowestPosition(segments);
        List<SegmentStatus> details = segments.stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(ProjectionProcessors::segment)
                .toList();
        return new ProjectionStatus(name, processor.isRunning(), processor.isReplaying(), position, head,
                progress(position, head), replayProgress(segments), details);
    }

    private static SegmentStatus segment(EventTrackerStatus status) {
        return new SegmentStatus(status.getSegment().getSegmentId(), boxed(status.getCurrentPosition()),
                status.isCaughtUp(), status.isReplaying(), boxed(status.getResetPosition()),
                status.isErrorState() && status.getError() != null ? status.getError().toString() : null);
    }

    private static Long lowestPosition(Collection<EventTrackerStatus> segments) {
        OptionalLong lowest = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        return boxed(lowest);
    }

    private static int progress(Long position, Long head) {
        if (head == null || head <= 0) {
            return position != null || head == null ? 100 : 0;
        }
        long done = position == null ? 0 : position;
        return (int) Math.min(100, Math.max(0, done * 100 / head));
    }

    private static int replayProgress(Collection<EventTrackerStatus> segments) {
        return segments.stream().filter(EventTrackerStatus::isReplaying)
                .mapToInt(s -> progress(boxed(s.getCurrentPosition()), boxed(s.getResetPosition())))
                .min().orElse(100);
    }

    private Long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? null : boxed(head.position());
    }

    private Optional<StreamingEventProcessor> find(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private StreamingEventProcessor processor(String name) {
        if (!ProcessingGroups.ALL.contains(name)) {
            throw new OutturnException(ErrorCode.NOT_FOUND, "name", "no projection named " + name);
        }
        return find(name).orElseThrow(() ->
                new OutturnException(ErrorCode.NOT_FOUND, "name", "no projection named " + name));
    }

    private static void shutDown(StreamingEventProcessor processor) {
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

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
