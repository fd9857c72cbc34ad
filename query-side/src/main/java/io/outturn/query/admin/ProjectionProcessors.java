package io.outturn.query.admin;

import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionFailure;
import io.outturn.query.config.SegmentFailures;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
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
    private final TokenStore tokenStore;
    private final SegmentFailures failures;

    ProjectionProcessors(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore,
                         SegmentFailures failures) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.failures = failures;
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

    /**
     * Every segment of the projection, as the token store knows them: the ones this instance processes with their
     * live status, the ones whose last batch here failed (a pooled processor drops a failed segment from its status
     * while it waits to retry), and the ones this instance does not hold (another instance reports those).
     */
    private ProjectionStatus status(String name, StreamingEventProcessor processor, Long head) {
        Map<Integer, EventTrackerStatus> live = processor.processingStatus();
        Map<Integer, SegmentFailures.Failure> failed = failures.of(name);
        SortedSet<Integer> ids = new TreeSet<>(live.keySet());
        ids.addAll(failed.keySet());
        for (int id : segmentsInTokenStore(name)) {
            ids.add(id);
        }
        List<SegmentStatus> segments = ids.stream()
                .map(id -> segment(id, live.get(id), failed.get(id)))
                .toList();
        Long position = lowestPosition(segments);
        boolean caughtUp = segments.stream().allMatch(s -> s.state() == SegmentStatus.State.ELSEWHERE
                || s.state() == SegmentStatus.State.PROCESSING && s.caughtUp());
        int progress = progress(position, head);
        if (!caughtUp && progress == 100) {
            progress = 99;
        }
        SegmentError error = segments.stream().map(SegmentStatus::error).filter(Objects::nonNull).findFirst().orElse(null);
        boolean replaying = segments.stream().anyMatch(SegmentStatus::replaying);
        return new ProjectionStatus(name, processor.isRunning(), replaying, caughtUp, position, head,
                progress, replayProgress(live.values()), deadLetters(name), error, segments);
    }

    private static SegmentStatus segment(int id, EventTrackerStatus live, SegmentFailures.Failure failure) {
        SegmentError error = failure == null ? null : SegmentError.of(failure);
        if (live == null) {
            if (failure == null) {
                return new SegmentStatus(id, SegmentStatus.State.ELSEWHERE, null, false, false, null, null);
            }
            Long position = failure.stuckAt() == null ? null : failure.stuckAt() - 1;
            return new SegmentStatus(id, SegmentStatus.State.FAILED, position, false, false, null, error);
        }
        if (error == null && live.isErrorState() && live.getError() != null) {
            error = SegmentError.of(ProjectionFailure.of(live.getError()));
        }
        boolean replaying = replaying(live);
        return new SegmentStatus(id, error == null ? SegmentStatus.State.PROCESSING : SegmentStatus.State.FAILED,
                boxed(live.getCurrentPosition()), live.isCaughtUp() && error == null, replaying,
                replaying ? boxed(live.getResetPosition()) : null, error);
    }

    /**
     * A segment replays until it has reprocessed every event up to the position the replay was started at. Its
     * token stays a replay token once there, until a newer event arrives, so the token alone would keep a finished
     * replay (and the initial build) "replaying" for ever; and the processor's own flag waits for the segment to
     * report being caught up, which may come later than the position. The position decides, for the segments and
     * for the projection alike.
     */
    private static boolean replaying(EventTrackerStatus status) {
        if (!status.isReplaying()) {
            return false;
        }
        OptionalLong until = status.getResetPosition();
        OptionalLong position = status.getCurrentPosition();
        if (until.isEmpty()) {
            return !status.isCaughtUp();
        }
        return position.isEmpty() || position.getAsLong() < until.getAsLong();
    }

    private int[] segmentsInTokenStore(String name) {
        try {
            return tokenStore.fetchSegments(name);
        } catch (RuntimeException unavailable) {
            log.warn("Could not read the segments of projection {} from the token store: {}", name, unavailable.getMessage());
            return new int[0];
        }
    }

    /** Events of the projection set aside in its dead-letter queue; 0 when it has none. */
    long deadLetters(String name) {
        return processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** Segments of the projection whose last batch on this instance failed. */
    int failedSegments(String name) {
        return failures.of(name).size();
    }

    private static Long lowestPosition(Collection<EventTrackerStatus> segments) {
        OptionalLong lowest = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        return boxed(lowest);
    }

    private static Long lowestPosition(List<SegmentStatus> segments) {
        OptionalLong lowest = segments.stream().map(SegmentStatus::position).filter(Objects::nonNull)
                .mapToLong(Long::longValue).min();
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
