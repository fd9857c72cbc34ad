package io.outturn.command.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots bound the cost of loading an aggregate with a long history: with a threshold of n, loading replays at
 * most about n events after the latest snapshot instead of the whole history. Each aggregate's repository is
 * given its trigger ({@link AggregateRepositories}); the snapshotter is the one Axon's auto-configuration
 * provides, which stores snapshots in the event store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
public class SnapshotConfiguration {

    public static final String INDICATOR_TRIGGER = "indicatorSnapshotTrigger";
    public static final String SAVINGS_PROGRAMME_TRIGGER = "savingsProgrammeSnapshotTrigger";

    @Bean(INDICATOR_TRIGGER)
    SnapshotTriggerDefinition indicatorSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return trigger(snapshotter, properties);
    }

    @Bean(SAVINGS_PROGRAMME_TRIGGER)
    SnapshotTriggerDefinition savingsProgrammeSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return trigger(snapshotter, properties);
    }

    private static SnapshotTriggerDefinition trigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return properties.enabled()
                ? new EventCountSnapshotTriggerDefinition(snapshotter, properties.threshold())
                : NoSnapshotTriggerDefinition.INSTANCE;
    }
}
