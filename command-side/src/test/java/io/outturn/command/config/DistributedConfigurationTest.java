package io.outturn.command.config;

import io.outturn.command.CommandSideApplication;
import io.outturn.web.testsupport.ComposeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker does not run on the build machine, so the distributed set-up's configuration is proved the other way
 * round: the command side is started with exactly the environment {@code docker/compose.yaml} gives its
 * container (an operator's passwords filled in), with only Axon Server switched off, and must wire up: users
 * from the environment, not the demo ones; health open; commands accepted.
 */
class DistributedConfigurationTest {

    private static final Map<String, String> OPERATOR_ENVIRONMENT = Map.of(
            "OUTTURN_MANAGER_PASSWORD", "manager-from-env",
            "OUTTURN_AUDITOR_PASSWORD", "auditor-from-env",
            "OUTTURN_VIEWER_PASSWORD", "viewer-from-env",
            "OUTTURN_ADMIN_PASSWORD", "admin-from-env");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCommandSideStartsWithTheEnvironmentComposeGivesIt() throws Exception {
        Map<String, Object> environment = ComposeService.environment("command-side", OPERATOR_ENVIRONMENT);
        environment.put("AXON_AXONSERVER_ENABLED", "false");
        environment.put("SERVER_PORT", "0");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
                CommandSideApplication.class, CommandSideTestConfiguration.class)
                .initializers(ComposeService.asEnvironmentVariables(environment))
                .run()) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();

            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).GET()).statusCode())
                    .isEqualTo(200);
            assertThat(send(defineNi130(base, "manager", "manager-from-env")).statusCode()).isEqualTo(201);
            assertThat(send(defineNi130(base, "manager", "manager")).statusCode())
                    .as("the demo users exist in standalone only").isEqualTo(401);
            assertThat(send(defineNi130(base, "viewer", "viewer-from-env")).statusCode()).isEqualTo(403);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder defineNi130(String base, String user, String password) {
        String body = """
                {"id": "NI130", "title": "No of people on a personal budget",
                 "organisation": "Nottinghamshire County Council", "framework": "NI", "unit": "COUNT",
                 "polarity": "HIGHER_IS_BETTER", "rollUp": "LATEST"}""";
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/api/indicators"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
