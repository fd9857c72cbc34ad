package io.outturn.web.security;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's per-filter observations cost every request CPU for traces nobody collects; HTTP request
 * observations (the {@code http.server.requests} metrics) are kept.
 */
@SpringBootTest
@AutoConfigureObservability
class SecurityObservationsTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void theSecurityFilterChainIsNotObservedButHttpRequestsAre() {
        Observation securityChain = Observation.start("spring.security.filterchains", observations);
        Observation request = Observation.start("http.server.requests", observations);

        assertThat(securityChain.isNoop()).isTrue();
        assertThat(request.isNoop()).isFalse();

        request.stop();
        securityChain.stop();
    }
}
