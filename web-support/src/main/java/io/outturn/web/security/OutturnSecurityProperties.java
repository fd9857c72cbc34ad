package io.outturn.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The users HTTP Basic knows, from configuration ({@code outturn.security.users}). Passwords carry Spring's
 * encoder prefix ({@code {noop}} for demo users, {@code {bcrypt}} otherwise); roles are bare names
 * ({@code MANAGER}, {@code AUDITOR}, {@code VIEWER}, {@code ADMIN}, {@code METRICS}); organisations are the names
 * the indicators and programmes give ({@code OUTTURN_SECURITY_USERS_0_ORGANISATIONS_0=...}).
 */
@ConfigurationProperties("outturn.security")
public record OutturnSecurityProperties(List<User> users) {

    public OutturnSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * A user; {@code organisations}, when given, restrict it to those organisations ({@link OrganisationScope}).
     */
    public record User(String name, String password, List<String> roles, List<String> organisations) {

        public User {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("outturn.security.users: a user has no name");
            }
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("outturn.security.users: user '" + name + "' has no password");
            }
            roles = roles == null ? List.of() : List.copyOf(roles);
            organisations = organisations == null ? List.of() : List.copyOf(organisations);
        }
    }
}
