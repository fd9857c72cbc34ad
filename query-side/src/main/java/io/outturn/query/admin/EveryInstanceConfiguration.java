package io.outturn.query.admin;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Through Axon Server when there is one, this instance alone otherwise (standalone). */
@Configuration(proxyBeanMethods = false)
class EveryInstanceConfiguration {

    @Bean
    EveryInstance everyInstance(ObjectProvider<AxonServerConnectionManager> axonServer,
                                EventProcessingConfiguration processing) {
        AxonServerConnectionManager connections = axonServer.getIfAvailable();
        return connections == null ? new ThisInstanceOnly() : new ThroughAxonServer(connections, processing);
    }
}
