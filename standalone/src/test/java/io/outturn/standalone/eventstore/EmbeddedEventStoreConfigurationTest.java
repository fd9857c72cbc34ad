package io.outturn.standalone.eventstore;

import io.outturn.standalone.StandaloneProperties;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With Axon Server as the event store, standalone opens no H2 file and defines no storage engine of its own. */
class EmbeddedEventStoreConfigurationTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedEventStoreConfiguration.class, Properties.class);

    @Test
    void withAxonServerEnabledThereIsNoH2EventStore() {
        runner.withPropertyValues("axon.axonserver.enabled=true", "outturn.data-dir=" + dataDir)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(DataSource.class);
                    assertThat(context).doesNotHaveBean(EventStorageEngine.class);
                });
        assertThat(dataDir.resolve("events")).doesNotExist();
    }

    @Test
    void withoutTheSettingAxonsOwnDefaultAppliesAndThatIsAxonServer() {
        runner.withPropertyValues("outturn.data-dir=" + dataDir)
                .run(context -> assertThat(context).doesNotHaveBean(EventStorageEngine.class));
        assertThat(dataDir.resolve("events")).doesNotExist();
    }

    @EnableConfigurationProperties(StandaloneProperties.class)
    static class Properties {
    }
}
