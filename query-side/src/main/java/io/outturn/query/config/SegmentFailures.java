package io.outturn.query.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last failure of each projection segment on this instance, until a batch of that segment commits again. A
 * pooled streaming processor drops a segment from its status as soon as the segment's batch fails (it releases the
 * claim and tries again after a back-off), so without this a stuck segment would simply vanish from the
 * operator's view while the other segments report being caught up.
 */
@Component
public class SegmentFailures {

    private static final Logger log = LoggerFactory.getLogger(SegmentFailures.class);

    private final Clock clock;
    private final Map<String, Map<Integer, Failure>> failures = new ConcurrentHashMap<>();

    @Autowired
    SegmentFailures(ObjectProvider<Clock> clock) {
        this(clock.getIfAvailable(Clock::systemUTC));
    }

    SegmentFailures(Clock clock) {
        this.clock = clock;
    }

    /**
     * One segment's failure: what went wrong, since when, how many batches in a row have failed, and the position
     * of the first event of the failing batch (null when unknown): the segment has applied nothing from there on.
     */
    public record Failure(ProjectionFailure failure, Instant since, int attempts, Long stuckAt) {
    }

    void failed(String projection, int segment, Throwable cause, Long stuckAt) {
        ProjectionFailure failure = ProjectionFailure.of(cause);
        Failure recorded = failures.computeIfAbsent(projection, name -> new ConcurrentHashMap<>())
                .merge(segment, new Failure(failure, clock.instant(), 1, stuckAt),
                        (earlier, now) -> new Failure(failure, earlier.since(), earlier.attempts() + 1, stuckAt));
        // The processor has logged the exception itself; this says what the operator's view will show.
        log.warn("Projection {} segment {} failed a batch ({} in a row): {}", projection, segment,
                recorded.attempts(), failure.code());
    }

    void succeeded(String projection, int segment) {
        Map<Integer, Failure> ofProjection = failures.get(projection);
        if (ofProjection != null && ofProjection.remove(segment) != null) {
            log.info("Projection {} segment {} is processing again", projection, segment);
        }
    }

    /** The segments of the projection whose last batch on this instance failed. */
    public Map<Integer, Failure> of(String projection) {
        return Map.copyOf(failures.getOrDefault(projection, Map.of()));
    }

    public Optional<Failure> of(String projection, int segment) {
        return Optional.ofNullable(failures.getOrDefault(projection, Map.of()).get(segment));
    }
}
