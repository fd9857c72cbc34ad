package io.outturn.web.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service of {@code docker/compose.yaml} as its container would see it, for the tests that start a side
 * with exactly the environment compose gives it (Docker does not run on the build machine).
 */
public final class ComposeService {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([-?])([^}]*))?}");

    private ComposeService() {
    }

    /**
     * The service's {@code environment}, with compose's {@code ${VAR:-default}} and {@code ${VAR:?error}} resolved
     * against what an {@code operator} sets; a required variable left unset fails as compose would.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> environment(String service, Map<String, String> operator) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("..", "docker", "compose.yaml")));
        Map<String, Object> definition = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(service);
        Map<String, Object> resolved = new HashMap<>();
        ((Map<String, Object>) definition.get("environment"))
                .forEach((name, value) -> resolved.put(name, interpolate(String.valueOf(value), operator)));
        return resolved;
    }

    /**
     * Puts {@code environment} first, as environment variables. The source's name must end in
     * {@code systemEnvironment} for Spring to bind {@code OUTTURN_SECURITY_USERS_0_NAME} and the like relaxedly.
     */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> asEnvironmentVariables(
            Map<String, Object> environment) {
        return context -> context.getEnvironment().getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource("compose-systemEnvironment", environment));
    }

    private static String interpolate(String value, Map<String, String> operator) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String set = operator.get(m.group(1));
            if (set == null && "?".equals(m.group(2))) {
                throw new IllegalStateException("compose requires " + m.group(1) + ": " + m.group(3));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(set != null ? set : m.group(3) == null ? "" : m.group(3)));
        }
        return m.appendTail(out).toString();
    }
}
