package io.outturn.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.outturn.command.domain.RevisionApproval;
import io.outturn.events.EventMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The command side's wiring around Axon. Axon's Spring Boot support registers the interceptor beans itself:
 * dispatch interceptors on the command gateway, handler interceptors on the command bus (the first listed
 * is the outermost).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RevisionsProperties.class)
public class CommandSideConfiguration {

    /**
     * The only source of "now" for command handlers; tests replace it with a fixed clock. Its zone decides
     * when a quarter has ended, so it is the organisation's (UK) time, not UTC: otherwise during British
     * Summer Time the first hour of a new quarter would still count as the old one.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${outturn.time-zone:Europe/London}") ZoneId zone) {
        return Clock.system(zone);
    }

    /** Which revisions wait for a second person; handed to the indicator's command handlers like the clock. */
    @Bean
    RevisionApproval revisionApproval(RevisionsProperties properties) {
        return new RevisionApproval(properties.approval());
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> commandMetadataInterceptor() {
        return new CommandMetadataInterceptor();
    }

    @Bean
    @Order(1)
    MessageHandlerInterceptor<CommandMessage<?>> commandMetricsInterceptor(MeterRegistry registry) {
        return new CommandMetricsInterceptor(registry);
    }

    @Bean
    @Order(2)
    MessageHandlerInterceptor<CommandMessage<?>> rejectionWrappingInterceptor() {
        return new RejectionWrappingInterceptor();
    }

    /** Inside the rejection wrapper, so that a refusal travels back as the domain's OUTSIDE_SCOPE. */
    @Bean
    @Order(3)
    MessageHandlerInterceptor<CommandMessage<?>> organisationScopeInterceptor(EventStore eventStore) {
        return new OrganisationScopeInterceptor(eventStore);
    }

    /**
     * Copies the four metadata keys from each command onto every event it produces. Declaring it also replaces
     * Axon's default provider, whose own {@code correlationId} (the command's message id) would overwrite ours.
     */
    @Bean
    CorrelationDataProvider outturnMetadataProvider() {
        return new SimpleCorrelationDataProvider(
                EventMetadata.ACTOR, EventMetadata.REASON, EventMetadata.CORRELATION_ID, EventMetadata.SOURCE);
    }
}
