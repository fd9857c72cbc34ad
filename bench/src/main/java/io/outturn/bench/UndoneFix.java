package io.outturn.bench;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance fixes this benchmark led to, each of which a run can undo ({@code -Dbench.undo=...}) so that
 * its effect can be measured again, before beside after, on the same machine and the same code otherwise.
 */
enum UndoneFix {

    /** Users served by a password-upgrading {@link InMemoryUserDetailsManager}: bcrypt on every request. */
    PASSWORD_UPGRADE(Map.of()),
    /** Axon's own default: every event handler invocation timed, with a stack walk each time. */
    HANDLER_TIMEOUTS(Map.of("axon.timeout.handler.events.timeout-ms", "30000",
            "axon.timeout.handler.events.warning-threshold-ms", "10000"));

    private final Map<String, String> settings;

    UndoneFix(Map<String, String> settings) {
        this.settings = settings;
    }

    Map<String, String> settings() {
        return settings;
    }

    static List<UndoneFix> parse(String names) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        return Arrays.stream(names.split(",")).map(String::strip)
                .map(name -> UndoneFix.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'))).toList();
    }

    /** Put back in place of standalone's users: the demo users, in a manager that upgrades passwords at login. */
    static final class PasswordUpgradingUsers implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!"outturnUsers".equals(beanName)) {
                return bean;
            }
            return new InMemoryUserDetailsManager(
                    User.withUsername("manager").password("{noop}manager").roles("MANAGER").build(),
                    User.withUsername("auditor").password("{noop}auditor").roles("AUDITOR").build(),
                    User.withUsername("viewer").password("{noop}viewer").roles("VIEWER").build(),
                    User.withUsername("admin").password("{noop}admin").roles("ADMIN").build());
        }
    }
}
