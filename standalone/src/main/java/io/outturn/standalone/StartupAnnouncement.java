package io.outturn.standalone;

import io.outturn.command.ledger.CheckpointKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells whoever just started standalone where it is and how to log in: the base URL and the configured users,
 * in one block at the end of start-up where it cannot scroll away among the start-up logs.
 */
@Component
class StartupAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);
    private static final String RULE = "=".repeat(72);

    private final Environment environment;
    private final StandaloneProperties properties;
    private final CheckpointKey ledgerKey;

    StartupAnnouncement(Environment environment, StandaloneProperties properties, CheckpointKey ledgerKey) {
        this.environment = environment;
        this.properties = properties;
        this.ledgerKey = ledgerKey;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("\n{}", text());
    }

    String text() {
        String baseUrl = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"))
                + environment.getProperty("server.servlet.context-path", "");
        StringBuilder text = new StringBuilder()
                .append(RULE).append('\n')
                .append("  Outturn standalone is running\n")
                .append("  API:        ").append(baseUrl).append("/api\n")
                .append("  Health:     ").append(baseUrl).append("/actuator/health\n")
                .append("  Metrics:    ").append(baseUrl).append("/actuator/prometheus\n")
                .append("  Data:       ").append(properties.dataDir().toAbsolutePath().normalize()).append('\n')
                .append("  Demo data:  ").append(properties.demoData().enabled() ? "enabled" : "disabled").append('\n')
                .append("  Ledger key: ").append(ledgerKey.fingerprint()
                        .map(fingerprint -> fingerprint + " (SHA-256 of the public key that signs checkpoints)")
                        .orElse("none: checkpoints are not signed (outturn.ledger.signing-key)")).append('\n');
        List<ConfiguredUser> users = Binder.get(environment)
                .bind("outturn.security.users", Bindable.listOf(ConfiguredUser.class))
                .orElse(List.of());
        if (users.isEmpty()) {
            text.append("  Users:      none configured (outturn.security.users)\n");
        } else {
            text.append("  Users (HTTP Basic, user / password: roles):\n");
            for (ConfiguredUser user : users) {
                text.append("    ").append(user.name()).append(" / ").append(user.printablePassword())
                        .append(": ").append(String.join(", ", user.roles()));
                if (!user.organisations().isEmpty()) {
                    text.append(", only for ").append(String.join("; ", user.organisations()));
                }
                text.append('\n');
            }
        }
        return text.append(RULE).toString();
    }

    /** Only the shape needed to print a user; web-support owns the real binding of these properties. */
    record ConfiguredUser(String name, String password, List<String> roles, List<String> organisations) {

        ConfiguredUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
            organisations = organisations == null ? List.of() : List.copyOf(organisations);
        }

        /** A demo password is stored as {@code {noop}manager} and printed as is; an encoded one is not. */
        String printablePassword() {
            if (password != null && password.startsWith("{noop}")) {
                return password.substring("{noop}".length());
            }
            return "(encoded)";
        }
    }
}
