package io.outturn.command.config;

import io.outturn.command.domain.OrganisationPolicy;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.events.EventMetadata;
import io.outturn.web.http.CorrelationIdFilter;
import io.outturn.web.security.OrganisationScope;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command, as it is sent, with the metadata its events must carry: who (the authenticated
 * principal, never anything from the request body), why (the command's reason), which request (the
 * correlation id of the HTTP request, from the logging MDC) and from where ({@code api}, unless the sender
 * already said, as the importer does with {@code import:<sha-256>}). A sender restricted to some organisations
 * has them put on the command too ({@link OrganisationPolicy}), for the handler to check and never onto events.
 * Runs on the sending thread, where the security context and the MDC of the request are.
 */
class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** The actor of commands sent with no authenticated user, e.g. from a scheduled job. */
    static final String SYSTEM_ACTOR = "system";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(metadataFor(command));
    }

    private static Map<String, Object> metadataFor(CommandMessage<?> command) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, actor(command));
        metadata.put(EventMetadata.CORRELATION_ID, correlationId(command));
        metadata.put(EventMetadata.SOURCE, existing(command, EventMetadata.SOURCE, EventMetadata.SOURCE_API));
        if (command.getPayload() instanceof OutturnCommand outturnCommand
                && outturnCommand.reason() != null && !outturnCommand.reason().isBlank()) {
            metadata.put(EventMetadata.REASON, outturnCommand.reason().strip());
        }
        OrganisationScope scope = OrganisationScope.of(SecurityContextHolder.getContext().getAuthentication());
        if (scope.restricted()) {
            metadata.put(OrganisationPolicy.SCOPE_KEY, List.copyOf(scope.organisations()));
        }
        return metadata;
    }

    private static String actor(CommandMessage<?> command) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return existing(command, EventMetadata.ACTOR, SYSTEM_ACTOR);
    }

    private static String correlationId(CommandMessage<?> command) {
        String fromRequest = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (fromRequest != null && !fromRequest.isBlank()) {
            return fromRequest;
        }
        return existing(command, EventMetadata.CORRELATION_ID, command.getIdentifier());
    }

    private static String existing(CommandMessage<?> command, String key, String otherwise) {
        Object value = command.getMetaData().get(key);
        return value instanceof String text && !text.isBlank() ? text : otherwise;
    }
}
