package io.outturn.standalone;

import io.outturn.ledger.SigningKeys;
import io.outturn.standalone.OutturnHttp.Answer;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Standalone as one application: both sides, one port, open health, authenticated everything else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "outturn.demo-data.enabled=false")
@DirtiesContext
class StandaloneApplicationTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("outturn.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    Environment environment;

    @Autowired
    StartupAnnouncement announcement;

    private final HttpClient http = OutturnHttp.client();

    @Test
    void healthIsOpenWithoutCredentials() throws Exception {
        HttpResponse<String> health = anonymous("actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusAnswersAScraperAndNamesNoPathOfThisMachine() throws Exception {
        Answer metrics = as("metrics", "metrics").get("actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes")
                .doesNotContain(dataDir.toAbsolutePath().toString())
                .doesNotContain(Path.of("").toAbsolutePath().toString());
    }

    @Test
    void prometheusIsForOperatorsNotForTheUsersOfTheApi() throws Exception {
        assertThat(as("viewer", "viewer").get("actuator/prometheus").status()).isEqualTo(403);
        assertThat(as("manager", "manager").get("actuator/prometheus").status()).isEqualTo(403);
        assertThat(as("auditor", "auditor").get("actuator/prometheus").status()).isEqualTo(403);
        assertThat(as("admin", "admin").get("actuator/prometheus").status()).isEqualTo(200);
        assertThat(as("metrics", "metrics").get("api/indicators").status()).isEqualTo(403);
    }

    @Test
    void theApiRefusesARequestWithoutCredentials() throws Exception {
        HttpResponse<String> response = anonymous("api/indicators");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void prometheusRefusesARequestWithoutCredentials() throws Exception {
        assertThat(anonymous("actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void theApiRefusesWrongCredentials() throws Exception {
        assertThat(as("manager", "not-the-password").get("api/indicators").status()).isEqualTo(401);
    }

    @Test
    void eventsAreStoredByAxonsEmbeddedEventStoreInAnH2FileUnderTheDataDirectory() {
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(dataDir.resolve("events").resolve("outturn-events.mv.db")).exists();
    }

    @Test
    void readModelsAreServedInProcessFromMemoryByDefault() {
        assumeThat(System.getenv("MONGODB_URI")).as("a real MongoDB is configured").isNull();

        assertThat(environment.getProperty("spring.data.mongodb.uri")).startsWith("mongodb://127.0.0.1:");
        assertThat(dataDir.resolve("read-models.mv")).doesNotExist();
    }

    @Test
    void theStartupAnnouncementGivesTheBaseUrlAndTheDemoUsers() {
        assertThat(announcement.text())
                .contains("http://localhost:" + port + "/api")
                .contains("manager / manager: MANAGER")
                .contains("auditor / auditor: AUDITOR")
                .contains("viewer / viewer: VIEWER")
                .contains("admin / admin: ADMIN")
                .contains("metrics / metrics: METRICS")
                .contains("asch-manager / asch-manager: MANAGER, only for Nottinghamshire County Council - Adult Social"
                        + " Care, Health and Public Protection (ASCH&PP)")
                .contains("approver / approver: APPROVER");
    }

    /**
     * The demo's two people for in-year easing: the manager lowers NI130's 2011-12 target of 12,000 to 9,000 (the year
     * is long under way), the card keeps 12,000 and shows the proposal, the manager cannot approve it, the demo
     * approver does, and only then does the card show 9,000, with its history naming both.
     */
    @Test
    void aDemoApproverApprovesAProposalAndOnlyThenDoesTheCardChange() throws Exception {
        OutturnHttp manager = as("manager", "manager");
        OutturnHttp approver = as("approver", "approver");
        String indicator = "api/indicators/NI130-approval";
        assertThat(manager.post("api/indicators", Map.of("id", "NI130-approval",
                "title", "No of people on a personal budget", "organisation", "Nottinghamshire County Council",
                "framework", "NI", "unit", "COUNT", "polarity", "HIGHER_IS_BETTER", "rollUp", "LATEST")).status())
                .isEqualTo(201);
        assertThat(manager.put(indicator + "/targets/2011-12",
                Map.of("target", Map.of("kind", "AT_LEAST", "value", 12000), "printed", "12,000")).status()).isEqualTo(200);

        Answer proposed = manager.put(indicator + "/targets/2011-12", Map.of(
                "target", Map.of("kind", "AT_LEAST", "value", 9000), "printed", "9,000",
                "reason", "Demand fell after the eligibility review"));
        assertThat(proposed.status()).as("%s", proposed).isEqualTo(202);
        assertThat(proposed.json().path("status").asText()).isEqualTo("PENDING");
        String approve = proposed.json().path("approve").asText().substring(1);

        Answer waiting = manager.get(indicator + "/status/2011-12?waitForVersion=3");
        assertThat(waiting.json().path("target").path("value").asInt()).isEqualTo(12000);
        assertThat(waiting.json().path("proposal").path("target").path("value").asInt()).isEqualTo(9000);
        assertThat(manager.get("api/proposals?status=PENDING").body()).contains("NI130-approval");
        assertThat(manager.post(approve, Map.of()).status()).isEqualTo(403);

        Answer approved = approver.post(approve, Map.of());
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        Answer card = manager.get(indicator + "/status/2011-12?waitForVersion=" + approved.version());
        assertThat(card.json().path("target").path("value").asInt()).isEqualTo(9000);
        assertThat(card.json().has("proposal")).isFalse();
        Answer history = as("auditor", "auditor").get(indicator + "/targets/2011-12/history");
        assertThat(history.json().get(1).path("approval").path("proposedBy").asText()).isEqualTo("manager");
        assertThat(history.json().get(1).path("approval").path("approvedBy").asText()).isEqualTo("approver");
    }

    @Test
    void theLedgerKeyIsMadeInTheDataDirectoryAndItsFingerprintAnnounced() throws Exception {
        Path key = dataDir.resolve("ledger-signing-key.pem");

        assertThat(key).exists();
        String fingerprint = SigningKeys.fingerprint(
                SigningKeys.readPrivateKeyPem(Files.readString(key)).getPublic().getEncoded());
        assertThat(announcement.text()).contains("Ledger key: " + fingerprint);
    }

    private HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private OutturnHttp as(String user, String password) {
        return new OutturnHttp(http, base(), user, password);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}
