package io.outturn.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.web.testsupport.RawHttp;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The requests of issue 9 ("nothing a client sends can corrupt or stall Outturn"), sent as the issue sent them to a
 * running standalone with the demo data. Each now gets a 4xx problem document (or, for the waiting read, a prompt
 * answer), changes nothing, and leaves every projection live. Points 3 and 11 (stuck projections made visible,
 * storage=file losing events) were the projection half of the issue and are proved with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssueNineReproductionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGER = RawHttp.basic("manager", "manager");
    private static final String VIEWER = RawHttp.basic("viewer", "viewer");
    private static final String DELIVERY =
            "/api/savings-programmes/notts-asch-pp-2011-14/lines/adult-social-care-2/delivery/2011-12/Q1";

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext standalone;
    private RawHttp http;
    private EventStorageEngine eventStore;
    private Object headBefore;

    @BeforeAll
    void startWithTheDemoData() throws Exception {
        standalone = new SpringApplicationBuilder(StandaloneApplication.class).run(
                "--outturn.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0",
                "--outturn.embedded-mongo.port=0", "--outturn.query.max-wait=300ms");
        http = new RawHttp(Integer.parseInt(standalone.getEnvironment().getRequiredProperty("local.server.port")));
        eventStore = standalone.getBean(EventStorageEngine.class);
        await().atMost(Duration.ofMinutes(2)).until(() ->
                http.get("/api/indicators/NI130/status/2011-12", VIEWER).status() == 200);
    }

    @AfterAll
    void stop() {
        standalone.close();
    }

    @BeforeEach
    void rememberTheHead() {
        headBefore = eventStore.createHeadToken();
    }

    /** Whatever a test sent, every projection is still live afterwards. */
    @AfterEach
    void everyProjectionIsLive() throws IOException {
        RawHttp.Response projections = http.get("/api/admin/projections", RawHttp.basic("admin", "admin"));
        assertThat(projections.status()).isEqualTo(200);
        for (JsonNode projection : JSON.readTree(projections.body())) {
            assertThat(projection.path("running").asBoolean()).as(projection.path("name").asText()).isTrue();
            projection.path("segments").forEach(segment -> assertThat(segment.path("error").isNull()
                    || segment.path("error").isMissingNode()).as(segment.toString()).isTrue());
        }
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
    }

    private RawHttp.Response send(String method, String path, String user, String json) throws IOException {
        return http.request(method, path.getBytes(StandardCharsets.ISO_8859_1), user,
                json == null ? null : "application/json",
                json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode refusedUnchanged(RawHttp.Response response, int status, String code) throws IOException {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("java.", "Exception", "<html");
        assertThat(eventStore.createHeadToken()).as("the event store's head").isEqualTo(headBefore);
        return problem;
    }

    @Test
    void point1AHugeNumberInATargetIsRefusedCheaply() throws IOException {
        for (String huge : new String[] {"1e100000", "1e10000000"}) {
            refusedUnchanged(send("PUT", "/api/indicators/NI130/targets/2011-12", MANAGER,
                    "{\"target\":{\"kind\":\"AT_LEAST\",\"value\":" + huge + "},\"reason\":\"x\"}"),
                    400, "VALIDATION_FAILED");
        }
    }

    @Test
    void point2HugeOrNegativeMoneyIsRefused() throws IOException {
        refusedUnchanged(send("PUT", DELIVERY, MANAGER,
                "{\"achievedToDate\": " + "9".repeat(999) + ", \"rag\": \"GREEN\"}"), 400, "VALIDATION_FAILED");
        refusedUnchanged(send("PUT", DELIVERY, MANAGER, "{\"achievedToDate\": -1000000, \"rag\": \"GREEN\"}"),
                400, "VALIDATION_FAILED");
        refusedUnchanged(send("POST", "/api/savings-programmes/notts-asch-pp-2011-14/lines", MANAGER,
                "{\"lineId\": \"adult-social-care-99\", \"ref\": \"99\", \"title\": \"t\", \"serviceArea\": "
                        + "\"Adult Social Care\", \"profile\": {\"2011-12\": 1e400}}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void point4AnIdOfTheOtherKindOfAggregateIsAConflict() throws IOException {
        refusedUnchanged(send("POST", "/api/savings-programmes", MANAGER,
                "{\"id\": \"NI130\", \"title\": \"Savings\", \"organisation\": \"Nottinghamshire County Council\", "
                        + "\"financialYears\": [\"2011-12\"]}"), 409, "ID_TAKEN");
    }

    @Test
    void point5APageThatWouldOverflowIsRefused() throws IOException {
        refusedUnchanged(send("GET", "/api/indicators?page=2147483647&size=500", VIEWER, null),
                400, "VALIDATION_FAILED");
    }

    @Test
    void point6OutOfRangeMomentsAndMalformedPathsAreProblemDocuments() throws IOException {
        refusedUnchanged(send("GET", "/api/audit?from=%2B1000000000-01-01T00:00:00Z",
                RawHttp.basic("auditor", "auditor"), null), 400, "VALIDATION_FAILED");
        refusedUnchanged(send("GET", "/api/indicators/NI130%0d%0a/status/2011-12", VIEWER, null), 400, "INVALID_PATH");
        refusedUnchanged(http.request("GET", "/api/indicators/NI\u0000130/status/2011-12"
                .getBytes(StandardCharsets.ISO_8859_1), VIEWER, null, new byte[0]), 400, "INVALID_PATH");
        refusedUnchanged(http.request("GET", "/api/indicators/NI\u00c3\u00a9/status/2011-12"
                .getBytes(StandardCharsets.ISO_8859_1), VIEWER, null, new byte[0]), 400, "INVALID_PATH");
    }

    @Test
    void point7WrongTypesUnknownFieldsLongTextAndFixedFieldsAreAllListed() throws IOException {
        JsonNode problem = refusedUnchanged(send("PATCH", "/api/indicators/NI130", MANAGER,
                "{\"title\": 123, \"unit\": \"PERCENT\", \"polarity\": \"LOWER_IS_BETTER\", \"colour\": \"red\", "
                        + "\"reason\": \"" + "x".repeat(2_001) + "\"}"), 400, "VALIDATION_FAILED");
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("title", "unit", "polarity", "colour", "reason");
        refusedUnchanged(send("PATCH", "/api/indicators/NI130", MANAGER,
                "{\"title\": \"" + "t".repeat(200_000) + "\", \"reason\": \"x\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void point8TheRoleIsCheckedBeforeTheBodyIsRead() throws IOException {
        refusedUnchanged(send("POST", "/api/indicators", VIEWER, "{"), 403, "FORBIDDEN");
        refusedUnchanged(http.stalled("POST", "/api/indicators", VIEWER, 31,
                "{\"id\"".getBytes(StandardCharsets.US_ASCII)), 403, "FORBIDDEN");
    }

    @Test
    void point9AReadWaitingForAVersionThatNeverComesIsAnsweredAtItsTimeout() throws IOException {
        RawHttp.Response card = send("GET", "/api/indicators/NI130/status/2011-12?waitForVersion=99999999", VIEWER,
                null);

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.headers()).containsEntry("outturn-stale", "true");
    }

    @Test
    void point10MetricsAreForOperatorsOnly() throws IOException {
        refusedUnchanged(send("GET", "/actuator/prometheus", VIEWER, null), 403, "FORBIDDEN");
        RawHttp.Response metrics = send("GET", "/actuator/prometheus", RawHttp.basic("metrics", "metrics"), null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).doesNotContain(dataDir.toAbsolutePath().toString())
                .doesNotContain(Path.of("").toAbsolutePath().toString());
    }

    @Test
    void point12AScopedManagerCannotTouchAnotherOrganisationsIndicator() throws IOException {
        refusedUnchanged(send("PUT", "/api/indicators/S2-L10a-N/targets/2011-12",
                        RawHttp.basic("asch-manager", "asch-manager"),
                        "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 1}, \"reason\": \"mine now\"}"),
                403, "OUTSIDE_SCOPE");
        assertThat(send("GET", "/api/indicators/S2-L10a-N/status/2000-01", VIEWER, null).status()).isEqualTo(200);
        refusedUnchanged(send("GET", "/api/indicators/S2-L10a-N/status/2000-01",
                RawHttp.basic("asch-manager", "asch-manager"), null), 404, "INDICATOR_NOT_FOUND");
    }
}
