package io.outturn.command.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's shipped defaults, and that the test configuration overrides what it must. */
@CommandSideTest
class CommandSideDefaultsTest {

    @Autowired
    Environment environment;

    @Autowired
    Clock clock;

    @Test
    void axonUsesJacksonForEverythingAndDoesNotPhoneHome() {
        assertThat(environment.getProperty("axon.serializer.general")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.serializer.messages")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.update-check.disabled")).isEqualTo("true");
    }

    @Test
    void axonServerIsTheDefaultButApplicationYmlCanSwitchItOff() {
        assertThat(environment.getProperty("axon.axonserver.servers")).isEqualTo("localhost:8124");
        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
    }

    @Test
    void handlersSeeTheInjectedClock() {
        assertThat(clock.instant()).isEqualTo(CommandSideTestConfiguration.NOW);
    }
}
