package io.outturn.query.config;

import io.outturn.query.QuerySideApplication;
import io.outturn.query.testsupport.EmbeddedMongo;
import io.outturn.query.testsupport.QuerySideTestConfiguration;
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
 * round: the query side is started with exactly the environment {@code docker/compose.yaml} gives its
 * container (an operator's passwords and MongoDB filled in), with only Axon Server switched off, and must wire
 * up: MongoDB from {@code MONGODB_URI}, users from the environment, its four projections running, and every event
 * asked of Axon Server for every projection.
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
        Map<String, Object> environment = ComposeService.environment("query-side", operator);
        environment.put("AXON_AXONSERVER_ENABLED", "false");
        environment.put("SERVER_PORT", "0");
        environment.put("SPRING_DATA_MONGODB_DATABASE", EmbeddedMongo.newDatabase());

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
                QuerySideApplication.class, QuerySideTestConfiguration.class)
                .initializers(ComposeService.asEnvironmentVariables(environment))
                .run()) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();

            assertThat(get(base + "/actuator/health", null, null).statusCode()).isEqualTo(200);
            assertThat(get(base + "/api/indicators", "viewer", "viewer-from-env").statusCode()).isEqualTo(200);
            assertThat(get(base + "/api/indicators", "viewer", "viewer").statusCode())
                    .as("the demo users exist in standalone only").isEqualTo(401);
            HttpResponse<String> projections = get(base + "/api/admin/projections", "admin", "admin-from-env");
            assertThat(projections.statusCode()).isEqualTo(200);
            assertThat(projections.body())
                    .contains("kpi-status", "audit-log", "year-on-year", "savings-programme", "scrutiny");
            // Block listing would keep the newest events from a projection that handles few types (savings-programme),
            // whose token would then stay behind the head: a lag it does not have while it says it is caught up.
            assertThat(context.getEnvironment().getProperty("axon.axonserver.event-block-listing-enabled", Boolean.class))
                    .as("every event reaches every projection through Axon Server").isFalse();
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
}
