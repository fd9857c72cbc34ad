package io.outturn.command.sender;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway every command leaves through: Axon's, with one retry for a command whose append lost a race to
 * another writer. Axon's Spring Boot support still registers the dispatch interceptor beans on it.
 */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new RetryOnceAfterLostRace())
                .build();
    }
}
