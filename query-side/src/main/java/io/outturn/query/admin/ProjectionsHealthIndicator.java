package io.outturn.query.admin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code projections} health component, part of the readiness group (not of liveness: restarting the process
 * cures neither a poisoned event nor a database that is down). DOWN while a segment of a projection has failed
 * (it is stuck, retrying); OUT_OF_SERVICE while a projection has dead letters (it goes on, but misses those events
 * until an operator retries or evicts them); UP otherwise. Details, for an admin: each projection's failed
 * segments, dead letters and whether it has caught up.
 */
@Component("projectionsHealthIndicator")
class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    private final ObjectProvider<ProjectionProcessors> processors;

    ProjectionsHealthIndicator(ObjectProvider<ProjectionProcessors> processors) {
        super("Projection status could not be read");
        this.processors = processors;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<ProjectionStatus> statuses = processors.getObject().statuses();
        boolean failed = statuses.stream().anyMatch(s -> s.error() != null);
        boolean deadLettered = statuses.stream().anyMatch(s -> s.deadLetters() > 0);
        builder.status(failed ? Status.DOWN : deadLettered ? Status.OUT_OF_SERVICE : Status.UP);
        for (ProjectionStatus status : statuses) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("caughtUp", status.caughtUp());
            details.put("failedSegments", status.segments().stream().filter(s -> s.error() != null).count());
            details.put("deadLetters", status.deadLetters());
            if (status.error() != null) {
                details.put("error", status.error().code());
            }
            builder.withDetail(status.name(), details);
        }
    }
}
