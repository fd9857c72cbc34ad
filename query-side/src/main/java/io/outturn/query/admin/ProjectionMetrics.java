package io.outturn.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.outturn.query.config.ProcessingGroups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Per projection: {@code outturn.projection.lag} (events the projection is behind the head of the store),
 * {@code outturn.projection.replay.progress} (percent of a running replay done; 100 when not replaying),
 * {@code outturn.projection.dead.letters} (events set aside in its dead-letter queue) and
 * {@code outturn.projection.failed.segments} (segments whose last batch on this instance failed).
 * Read lazily at each scrape, so binding the meters does not pull the event processors up early.
 */
@Component
class ProjectionMetrics implements MeterBinder {

    private final ObjectProvider<ProjectionProcessors> processors;

    ProjectionMetrics(ObjectProvider<ProjectionProcessors> processors) {
        this.processors = processors;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ProcessingGroups.ALL.forEach(name -> {
            Gauge.builder("outturn.projection.lag", processors, p -> p.getObject().lag(name))
                    .description("Events between the head of the event store and the projection's position")
                    .baseUnit("events")
                    .tag("projection", name)
                    .strongReference(true)
                    .register(registry);
            Gauge.builder("outturn.projection.replay.progress", processors, p -> p.getObject().replayProgressPercent(name))
                    .description("Percent of a running replay done; 100 when not replaying")
                    .baseUnit("percent")
                    .tag("projection", name)
                    .strongReference(true)
                    .register(registry);
            Gauge.builder("outturn.projection.dead.letters", processors, p -> p.getObject().deadLetters(name))
                    .description("Events of the projection set aside in its dead-letter queue")
                    .baseUnit("events")
                    .tag("projection", name)
                    .strongReference(true)
                    .register(registry);
            Gauge.builder("outturn.projection.failed.segments", processors, p -> p.getObject().failedSegments(name))
                    .description("Segments of the projection whose last batch on this instance failed")
                    .tag("projection", name)
                    .strongReference(true)
                    .register(registry);
        });
    }
}
