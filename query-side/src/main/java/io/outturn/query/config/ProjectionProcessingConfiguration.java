package io.outturn.query.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the four read-model processors handle a batch. */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessingConfiguration {

    /**
     * A projection that cannot write (MongoDB down, a bug) must not skip the event, or the read model would
     * never converge to what a replay builds. Propagating the error makes the processor roll the batch back and
     * retry it with back-off instead of logging and moving on (Axon's default). Every batch's writes are flushed
     * before its token is stored.
     */
    @Bean
    ConfigurerModule projectionBatchHandling() {
        return configurer -> ProcessingGroups.ALL.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(group, c -> new FlushAtEndOfBatch()));
    }
}
