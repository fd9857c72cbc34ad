package io.outturn.web.security;

import io.outturn.web.problem.ProblemResponseWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Authentication and authorisation for both HTTP sides. Which role may use which endpoint is
 * {@link EndpointAccess}'s table, applied here before any controller reads a request, through the role hierarchy
 * below. Stateless, no CSRF (an API for programs, no cookies). The ledger's latest checkpoint is open to anyone:
 * it is what a council publishes on its transparency page for anyone to compare with the checkpoints in audit
 * packs, and reveals a root hash, a count of aggregates, a store position, a time and the public key, nothing that
 * was recorded.
 *
 * <p>HTTP Basic always, with users from {@code outturn.security.users}. When
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is set, bearer JWTs from that issuer are accepted
 * too: the principal name is the token's {@code sub}, and its roles are read from a claim named {@code roles}
 * holding bare role names ({@code ["MANAGER"]}), which become {@code ROLE_MANAGER} authorities, and the
 * organisations the user is restricted to from a claim named {@code organisations} ({@link OrganisationScope}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(OutturnSecurityProperties.class)
public class SecurityConfiguration {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String ROLES_CLAIM = "roles";
    static final String ORGANISATIONS_CLAIM = "organisations";

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Roles.hierarchy();
    }

    @Bean
    SecurityFilterChain outturnSecurityFilterChain(HttpSecurity http, ProblemResponseWriter problems,
                                                   Environment environment) throws Exception {
        boolean jwtEnabled = isJwtEnabled(environment);
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems, jwtEnabled);
        http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.realmName("Outturn").authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .authorizeHttpRequests(EndpointAccess::authorise);
        if (jwtEnabled) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(new ProblemAccessDeniedHandler(problems))
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim())));
        }
        return http.build();
    }

    /** The firewall's refusals as problem documents; Spring Security's web configuration picks this bean up. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemResponseWriter problems) {
        return new ProblemRequestRejectedHandler(problems);
    }

    /**
     * The configured users, exposed only as a {@link UserDetailsService}. Were the bean also a
     * {@code UserDetailsPasswordService} (as {@link InMemoryUserDetailsManager} is), Spring Security would
     * "upgrade" every user's password to bcrypt in memory at their first login, and from then on every HTTP
     * Basic request would pay a bcrypt check, tens of milliseconds of CPU, even for {@code {noop}} users. That
     * upgrade is never persisted anyway: the configuration keeps whatever it holds.
     */
    @Bean
    UserDetailsService outturnUsers(OutturnSecurityProperties properties) {
        List<UserDetails> users = properties.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password(user.password())
                        .authorities(authoritiesOf(user))
                        .build())
                .map(UserDetails.class::cast)
                .toList();
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername;
    }

    /** The user's roles as {@code ROLE_} authorities, and the organisations it is restricted to, if any. */
    private static List<GrantedAuthority> authoritiesOf(OutturnSecurityProperties.User user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        authorities.addAll(OrganisationScope.authorities(user.organisations()));
        return authorities;
    }

    static boolean isJwtEnabled(Environment environment) {
        String issuer = environment.getProperty(ISSUER_URI);
        return issuer != null && !issuer.isBlank();
    }

    /** Roles from the {@code roles} claim; organisations, restricting the user, from the {@code organisations} claim. */
    static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<GrantedAuthority> authorities = new ArrayList<>(roles.convert(jwt));
            List<String> organisations = jwt.hasClaim(ORGANISATIONS_CLAIM)
                    ? jwt.getClaimAsStringList(ORGANISATIONS_CLAIM) : List.of();
            authorities.addAll(OrganisationScope.authorities(organisations == null ? List.of() : organisations));
            return authorities;
        });
        return converter;
    }
}
