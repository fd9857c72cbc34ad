package io.outturn.web.events;

import io.outturn.events.upcasting.OutturnUpcasters;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the published language's upcasters with Axon, which puts every {@code EventUpcaster} bean into the
 * chain its storage engines (H2 in standalone, Axon Server when distributed) read events through.
 *
 * <p>It lives here because every application scans web-support exactly once: the command side and the query side
 * each alone, and standalone with both sides in one JVM. One bean here is one registration in all three, with no
 * condition whose outcome would depend on the order configurations are read in.
 */
@Configuration(proxyBeanMethods = false)
class EventUpcastingConfiguration {

    @Bean
    EventUpcasterChain outturnEventUpcasters() {
        return OutturnUpcasters.chain();
    }
}
