package io.outturn.web.security;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Who may use which endpoint: the README's role table, in code, in one place. The security filter chain applies
 * it to every request before any controller is chosen, so a request whose identity may not use an endpoint is
 * answered 401 or 403 before its body is read, parsed or validated (issue 9: a viewer's {@code POST} with the
 * body {@code &#123;} was answered 400, and a viewer's slow body held a thread until it had all arrived).
 *
 * <p>The least role is named; the hierarchy of {@link Roles} lets the roles above it in. Reads are {@code GET} and
 * {@code HEAD} alike. A read "as of" a moment is an auditor's, on every endpoint that takes {@code asOf}. What no
 * rule names needs an authenticated user and then answers 404 or 405. The README prints this table, and standalone's
 * {@code RoleMatrixTest} calls every endpoint the application maps as every role and compares the answers with it.
 */
final class EndpointAccess {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final String AS_OF = "asOf";

    private EndpointAccess() {
    }

    static void authorise(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                // Errors rendered after a failure must not be hidden behind a second 401.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(reads("/actuator/health", "/actuator/health/**")).permitAll()
                // What a council publishes for anyone to compare with audit packs (see SecurityConfiguration).
                .requestMatchers(reads("/api/ledger/checkpoints/latest")).permitAll()
                .requestMatchers(reads("/actuator/prometheus")).hasRole(Roles.METRICS)
                .requestMatchers(PATHS.matcher("/actuator"), PATHS.matcher("/actuator/**")).hasRole(Roles.ADMIN)
                .requestMatchers(PATHS.matcher("/api/admin/**")).hasRole(Roles.ADMIN)
                .requestMatchers(reads("/api/audit", "/api/audit/pack", "/api/ledger/verify",
                        "/api/indicators/{id}/targets/{fy}",
                        "/api/indicators/{id}/targets/{fy}/history",
                        "/api/savings-programmes/{pid}/lines/{lineId}/history")).hasRole(Roles.AUDITOR)
                .requestMatchers(reads("/api/scrutiny/flags")).hasRole(Roles.AUDITOR)
                .requestMatchers(writes("/api/ledger/checkpoints")).hasRole(Roles.AUDITOR)
                // A second person's decision on a proposed revision: an approver's, not a manager's.
                .requestMatchers(writes("/api/indicators/{id}/targets/{fy}/proposals/**")).hasRole(Roles.APPROVER)
                .requestMatchers(asOf(reads("/api/**"))).hasRole(Roles.AUDITOR)
                .requestMatchers(reads("/api/indicators", "/api/indicators/**", "/api/proposals",
                        "/api/savings-programmes", "/api/savings-programmes/**")).hasRole(Roles.VIEWER)
                .requestMatchers(writes("/api/indicators", "/api/indicators/**",
                        "/api/savings-programmes", "/api/savings-programmes/**", "/api/imports/**"))
                .hasRole(Roles.MANAGER)
                .anyRequest().authenticated();
    }

    private static RequestMatcher reads(String... patterns) {
        return of(patterns, HttpMethod.GET, HttpMethod.HEAD);
    }

    private static RequestMatcher writes(String... patterns) {
        return of(patterns, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    }

    /** Only the query string is looked at: parameters are read from a body for POST alone, never here. */
    private static RequestMatcher asOf(RequestMatcher read) {
        return request -> read.matches(request) && request.getParameter(AS_OF) != null;
    }

    private static RequestMatcher of(String[] patterns, HttpMethod... methods) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .flatMap(pattern -> Stream.of(methods).map(method -> (RequestMatcher) PATHS.matcher(method, pattern)))
                .toList());
    }
}
