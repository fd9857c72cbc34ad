package io.outturn.query.config;

import io.outturn.query.QuerySideApplication;
import io.outturn.query.testsupport.EmbeddedMongo;
import io.outturn.query.testsupport.QuerySideTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker does not run on the build machine, so the distributed set-up's configuration is proved the other way
 * round: the query side is started with exactly the environment {@code docker/compose.yaml} gives its
 * container (an operator's passwords and MongoDB filled in), with only Axon Server switched off, and must wire
 * up: MongoDB from {@code MONGODB_URI}, users from the environment, its four projections running.
 */
class DistributedConfigurationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theQuerySideStartsWithTheEnvironmentComposeGivesIt() throws Exception {
        Map<String, String> operator = Map.of(
                "OUTTURN_MANAGER_PASSWORD", "manager-from-env",
                "OUTTURN_AUDITOR_PASSWORD", "auditor-from-env",
                "OUTTURN_VIEWER_PASSWORD", "viewer-from-env",
                "OUTTURN_ADMIN_PASSWORD", "admin-from-env",
                "MONGODB_URI", EmbeddedMongo.connectionString());
        Map<String, Object> environment = composeEnvironment("query-side", operator);
        environment.put("AXON_AXONSERVER_ENABLED", "false");
        environment.put("SERVER_PORT", "0");
        environment.put("SPRING_DATA_MONGODB_DATABASE", EmbeddedMongo.newDatabase());

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
                QuerySideApplication.class, QuerySideTestConfiguration.class)
                .initializers(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("compose-systemEnvironment", environment)))
                .run()) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();

            assertThat(get(base + "/actuator/health", null, null).statusCode()).isEqualTo(200);
            assertThat(get(base + "/api/indicators", "viewer", "viewer-from-env").statusCode()).isEqualTo(200);
            assertThat(get(base + "/api/indicators", "viewer", "viewer").statusCode())
                    .as("the demo users exist in standalone only").isEqualTo(401);
            HttpResponse<String> projections = get(base + "/api/admin/projections", "admin", "admin-from-env");
            assertThat(projections.statusCode()).isEqualTo(200);
            assertThat(projections.body())
                    .contains("kpi-status", "audit-log", "year-on-year", "savings-programme");
        }
    }

    private HttpResponse<String> get(String url, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A service's environment in compose.yaml, with compose's {@code ${VAR:-default}} and {@code ${VAR:?error}} resolved. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeEnvironment(String service, Map<String, String> operator) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("..", "docker", "compose.yaml")));
        Map<String, Object> definition = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(service);
        Map<String, Object> resolved = new HashMap<>();
        ((Map<String, Object>) definition.get("environment"))
                .forEach((name, value) -> resolved.put(name, interpolate(String.valueOf(value), operator)));
        return resolved;
    }

    private static String interpolate(String value, Map<String, String> operator) {
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([-?])([^}]*))?}").matcher(value);
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
