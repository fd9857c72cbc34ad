package io.outturn.standalone.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.events.EventMetadata;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.standalone.StandaloneApplication;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Standalone started on a fresh data folder loads the demo data through the imports; stopped and started again
 * on the same folder, it loads nothing twice and has lost nothing, on the write side or the read side.
 */
class DemoDataEndToEndTest {

    private static final String PROGRAMME = "notts-asch-pp-2011-14";
    private static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    private static final FinancialYear FY_2012_13 = FinancialYear.parse("2012-13");
    private static final FinancialYear FY_2013_14 = FinancialYear.parse("2013-14");
    /** What seed 001 prints as the programme's totals, £000. */
    private static final Map<FinancialYear, Money> PRINTED_TOTALS = Map.of(
            FY_2011_12, Money.of("27921000"), FY_2012_13, Money.of("22929000"), FY_2013_14, Money.of("9557000"));
    private static final int DEMO_INDICATORS = 152;
    private static final int DEMO_TARGETS = 302;
    private static final int DEMO_LINES = 53;

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDemoDataLoadsOnceOnAFreshStoreAndSurvivesARestart() throws Exception {
        Set<String> eventsOfFirstStart;
        try (ConfigurableApplicationContext standalone = start()) {
            EventStore eventStore = standalone.getBean(EventStore.class);
            List<DomainEventMessage<?>> programme = events(eventStore, PROGRAMME);

            assertThat(programme).hasSize(1 + DEMO_LINES);
            assertThat(totals(programme)).isEqualTo(PRINTED_TOTALS);
            assertThat(programme).allSatisfy(event -> assertThat(event.getMetaData())
                    .containsEntry(EventMetadata.ACTOR, DemoDataLoader.ACTOR)
                    .containsEntry(EventMetadata.SOURCE, "import:" + sha256(DemoDataLoader.SAVINGS_FILE)));
            assertThat(events(eventStore, "NI130")).hasSize(3).allSatisfy(event -> assertThat(event.getMetaData())
                    .containsEntry(EventMetadata.SOURCE, "import:" + sha256(DemoDataLoader.BUSINESS_PLAN_FILE)));
            eventsOfFirstStart = allEventIds(standalone);
            assertThat(eventsOfFirstStart).hasSize(1 + DEMO_LINES + DEMO_INDICATORS + DEMO_TARGETS);
            awaitReadModels(port(standalone));
        }

        try (ConfigurableApplicationContext standalone = start()) {
            assertThat(allEventIds(standalone)).isEqualTo(eventsOfFirstStart);
            assertThat(totals(events(standalone.getBean(EventStore.class), PROGRAMME))).isEqualTo(PRINTED_TOTALS);
            awaitReadModels(port(standalone));
        }
    }

    @Test
    void noDemoDataIsLoadedWhenItIsDisabled() {
        try (ConfigurableApplicationContext standalone = start("--outturn.demo-data.enabled=false")) {
            assertThat(allEventIds(standalone)).isEmpty();
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--outturn.data-dir=" + dataDir.toAbsolutePath(),
                "--server.port=0",
                "--outturn.embedded-mongo.port=0"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(StandaloneApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext standalone) {
        return Integer.parseInt(standalone.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** The read side reaches the same figures: the savings totals and NI130's card with its target as printed. */
    private void awaitReadModels(int port) {
        await("read models of the demo data").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode programme = get(port, "/api/savings-programmes/" + PROGRAMME);
                    assertThat(programme.path("lines")).hasSize(DEMO_LINES);
                    JsonNode totals = programme.path("totals");
                    PRINTED_TOTALS.forEach((fy, amount) -> assertThat(totals.path(fy.toString()).decimalValue())
                            .isEqualByComparingTo(amount.pounds()));
                    JsonNode ni130 = get(port, "/api/indicators/NI130/status/2011-12");
                    assertThat(ni130.path("target").path("printed").asText()).isEqualTo("12,000");
                });
    }

    private JsonNode get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<DomainEventMessage<?>> events(EventStore eventStore, String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream().collect(Collectors.toList());
    }

    private static Map<FinancialYear, Money> totals(List<DomainEventMessage<?>> programme) {
        Map<FinancialYear, Money> totals = new TreeMap<>();
        programme.stream().map(DomainEventMessage::getPayload)
                .filter(SavingsLineAddedEvent.class::isInstance).map(SavingsLineAddedEvent.class::cast)
                .forEach(line -> line.profile().amounts().forEach((fy, amount) -> totals.merge(fy, amount, Money::plus)));
        return totals;
    }

    /** Every event in the store, by id: the same set after a restart means nothing was added or lost. */
    private static Set<String> allEventIds(ConfigurableApplicationContext standalone) {
        try (var events = standalone.getBean(EventStorageEngine.class).readEvents(null, false)) {
            return events.map(EventMessage::getIdentifier).collect(Collectors.toSet());
        }
    }

    private static String sha256(String resource) throws Exception {
        byte[] content = new ClassPathResource(resource).getContentAsByteArray();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
