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

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The read-model processors as an operator sees them: their progress, and replaying one from the start. */
@Component
class ProjectionProcessors {

    private static final Logger log = LoggerFactory.getLogger(ProjectionProcessors.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final EveryInstance everyInstance;

    ProjectionProcessors(EventProcessingConfiguration processing, EventStore eventStore, EveryInstance everyInstance) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.everyInstance = everyInstance;
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
     * Rebuilds a read model from the first event: stops the processor on every query-side instance (through Axon
     * Server), resets its tokens (its reset handler clears the collections), and starts it again everywhere; the
     * replay then runs in the background, each instance replaying the segments it claims. Refused if some instance
     * still holds a segment, since it would go on writing the old positions.
     */
    ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new OutturnException(ErrorCode.BUSINESS_RULE_VIOLATED, "name", "projection " + name + " cannot be replayed");
        }
        everyInstance.stop(processor);
        try {
            processor.resetTokens();
            log.info("Replaying projection {} from the first event", name);
        } catch (RuntimeException refused) {
            log.warn("Could not reset projection {}: {}", name, refused.getMessage());
            throw new OutturnException(ErrorCode.BUSINESS_RULE_VIOLATED, "name", "projection " + name
                    + " cannot be replayed now: another instance holds part of it; stop it there first");
        } finally {
            everyInstance.start(processor);
        }
        return status(name);
    }

    /**
     * Events between the head of the store and the projection's position; 0 when caught up, and on an instance
     * that holds none of its segments (the others process them).
     */
    long lag(String name) {
        if (find(name).isEmpty() || statusOf(name).isEmpty()) {
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
                status.isCaughtUp(), replaying(status), boxed(status.getResetPosition()),
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

    /**
     * As the processor itself judges ({@code StreamingEventProcessor.isReplaying}): a segment that has caught up
     * has replayed everything, even though its token stays marked as a replay until an event newer than the
     * replay's end arrives.
     */
    private static boolean replaying(EventTrackerStatus status) {
        return status.isReplaying() && !status.isCaughtUp();
    }

    private static int replayProgress(Collection<EventTrackerStatus> segments) {
        return segments.stream().filter(ProjectionProcessors::replaying)
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

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
