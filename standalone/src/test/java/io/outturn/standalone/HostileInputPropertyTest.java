package io.outturn.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.testsupport.RawHttp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Several thousand hostile requests to every endpoint of a running standalone (issue 9: "nothing a client sends can
 * corrupt or stall Outturn"): generated paths with NUL, encoded CR and LF, bytes that are not UTF-8, overlong and
 * out-of-range values; query parameters at and beyond every limit; odd headers; bodies with huge numbers, deep
 * nesting, wrong types, unknown fields, duplicate keys, broken UTF-8 and broken CSV; every identity. For each:
 * <ul>
 *   <li>no 5xx;</li>
 *   <li>every error is a problem document with a stable code and no Java class name;</li>
 *   <li>a refused request changes nothing: the event store's head is where it was;</li>
 * </ul>
 * and at the end the service is healthy and every projection live. Requests go over a raw socket to 127.0.0.1,
 * one at a time; the figures of the run are written to {@code target/hostile-input-run.txt}.
 */
class HostileInputPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name)
            .collect(Collectors.toSet());
    /** A Java package-qualified name or a class named like an exception or an error. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|jdk|sun|com|org|io)\\.[a-z]\\w*\\.|\\b[A-Z]\\w*(?:Exception|Error)\\b");
    private static final String CAMBRIDGESHIRE = "Cambridgeshire County Council - Social Services Department";

    private static Path dataDir;
    private static ConfigurableApplicationContext standalone;
    private static RawHttp http;
    private static EventStorageEngine eventStore;
    private static final Map<Integer, AtomicInteger> STATUSES = new TreeMap<>();
    private static final AtomicInteger SENT = new AtomicInteger();

    @BeforeContainer
    static void startStandalone() throws IOException {
        dataDir = Files.createTempDirectory("outturn-hostile-input");
        standalone = new SpringApplicationBuilder(StandaloneApplication.class).run(
                "--outturn.data-dir=" + dataDir.toAbsolutePath(),
                "--server.port=0",
                "--outturn.embedded-mongo.port=0",
                "--outturn.query.max-wait=100ms",
                "--logging.level.root=WARN");
        http = new RawHttp(Integer.parseInt(standalone.getEnvironment().getRequiredProperty("local.server.port")));
        eventStore = standalone.getBean(EventStorageEngine.class);
    }

    @AfterContainer
    static void checkHealthAndStop() throws IOException {
        try {
            RawHttp.Response health = http.get("/actuator/health", null);
            assertThat(health.status()).as("health after the run").isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
            RawHttp.Response projections = http.get("/api/admin/projections", RawHttp.basic("admin", "admin"));
            assertThat(projections.status()).isEqualTo(200);
            for (JsonNode projection : JSON.readTree(projections.body())) {
                assertThat(projection.path("running").asBoolean()).as(projection.path("name").asText()).isTrue();
                for (JsonNode segment : projection.path("segments")) {
                    assertThat(segment.path("error").isNull() || segment.path("error").isMissingNode())
                            .as("segment of " + projection.path("name").asText() + ": " + segment).isTrue();
                }
            }
            String figures = "hostile requests sent: " + SENT.get() + "\nstatuses: " + STATUSES
                    + "\n5xx: " + STATUSES.entrySet().stream().filter(entry -> entry.getKey() >= 500)
                    .mapToInt(entry -> entry.getValue().get()).sum() + "\n";
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "hostile-input-run.txt"), figures);
            System.out.println(figures);
        } finally {
            standalone.close();
        }
    }

    @Property(tries = 3000, shrinking = ShrinkingMode.OFF)
    void noHostileRequestBreaksOutturnOrChangesItWhenRefused(@ForAll("requests") HostileRequest request)
            throws IOException {
        TrackingToken before = eventStore.createHeadToken();
        RawHttp.Response response = http.send(request.head(http), request.body());
        SENT.incrementAndGet();
        STATUSES.computeIfAbsent(response.status(), status -> new AtomicInteger()).incrementAndGet();

        if (response.status() >= 500) {
            fail("%s answered %d: %s", request, response.status(), response.body());
        }
        if (response.status() >= 400) {
            assertThat(eventStore.createHeadToken()).as("the store after a refused %s", request).isEqualTo(before);
            if (!request.method().equals("HEAD")) {
                assertThat(response.contentType()).as("%s", request).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(response.body());
                assertThat(problem.path("code").asText()).as("%s: %s", request, response.body()).isIn(CODES);
                assertThat(problem.path("status").asInt()).isEqualTo(response.status());
                assertThat(JAVA_NAME.matcher(response.body()).find())
                        .as("a Java name in the answer to %s: %s", request, response.body()).isFalse();
            }
        }
    }

    /** One request: method, request target (raw bytes), identity, headers, body. */
    record HostileRequest(String method, byte[] target, String authorization, Map<String, String> headers,
                          byte[] body) {

        byte[] head(RawHttp client) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
            head.writeBytes(target);
            StringBuilder rest = new StringBuilder(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close");
            if (authorization != null) {
                rest.append("\r\nAuthorization: ").append(authorization);
            }
            headers.forEach((name, value) -> rest.append("\r\n").append(name).append(": ").append(value));
            rest.append("\r\nContent-Length: ").append(body.length);
            head.writeBytes(rest.toString().getBytes(StandardCharsets.ISO_8859_1));
            return head.toByteArray();
        }

        @Override
        public String toString() {
            String shownBody = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
            return method + " " + new String(target, 0, Math.min(target.length, 200), StandardCharsets.ISO_8859_1)
                    + " as " + authorization + " " + headers + " body(" + body.length + "): " + shownBody;
        }
    }

    /** An endpoint as the README's role table lists it, and what its body is. */
    record Endpoint(String method, String template, String body) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/indicators", "json"),
            new Endpoint("PATCH", "/api/indicators/{a}", "json"),
            new Endpoint("PUT", "/api/indicators/{a}/targets/{b}", "json"),
            new Endpoint("DELETE", "/api/indicators/{a}/targets/{b}", "none"),
            new Endpoint("PUT", "/api/indicators/{a}/actuals/{b}/{c}", "json"),
            new Endpoint("PUT", "/api/indicators/{a}/milestones/{b}", "json"),
            new Endpoint("POST", "/api/savings-programmes", "json"),
            new Endpoint("POST", "/api/savings-programmes/{a}/lines", "json"),
            new Endpoint("PUT", "/api/savings-programmes/{a}/lines/{b}", "json"),
            new Endpoint("DELETE", "/api/savings-programmes/{a}/lines/{b}", "none"),
            new Endpoint("PUT", "/api/savings-programmes/{a}/lines/{b}/delivery/{c}/{d}", "json"),
            new Endpoint("POST", "/api/imports/business-plan", "csv"),
            new Endpoint("POST", "/api/imports/savings-programmes/{a}", "csv"),
            new Endpoint("GET", "/api/indicators", "none"),
            new Endpoint("GET", "/api/indicators/{a}/status/{b}", "none"),
            new Endpoint("GET", "/api/indicators/{a}/year-on-year", "none"),
            new Endpoint("GET", "/api/indicators/{a}/targets/{b}", "none"),
            new Endpoint("GET", "/api/indicators/{a}/targets/{b}/history", "none"),
            new Endpoint("GET", "/api/indicators/stream", "none"),
            new Endpoint("GET", "/api/savings-programmes", "none"),
            new Endpoint("GET", "/api/savings-programmes/{a}", "none"),
            new Endpoint("GET", "/api/savings-programmes/{a}/lines/{b}/history", "none"),
            new Endpoint("GET", "/api/audit", "none"),
            new Endpoint("GET", "/api/admin/projections", "none"),
            new Endpoint("GET", "/api/admin/projections/{a}", "none"),
            new Endpoint("POST", "/api/admin/projections/{a}/replay", "none"),
            new Endpoint("GET", "/actuator", "none"),
            new Endpoint("GET", "/actuator/health", "none"),
            new Endpoint("GET", "/actuator/prometheus", "none"),
            new Endpoint("GET", "/error", "none"));

    @Provide
    Arbitrary<HostileRequest> requests() {
        return Combinators.combine(Arbitraries.of(ENDPOINTS), methods(), pathValues().list().ofSize(4), queries(),
                        identities(), headers(), jsonBodies(), csvBodies())
                .as(HostileInputPropertyTest::request);
    }

    private static HostileRequest request(Endpoint endpoint, String otherMethod, List<String> values, String query,
                                          String identity, Map<String, String> headers, String json, String csv) {
        String method = otherMethod.isEmpty() ? endpoint.method() : otherMethod;
        String path = endpoint.template().replace("{a}", values.get(0)).replace("{b}", values.get(1))
                .replace("{c}", values.get(2)).replace("{d}", values.get(3));
        if (endpoint.template().equals("/api/indicators/stream")) {
            // An accepted stream never ends: a year no stream accepts comes first, whatever follows it.
            query = "?fy=2011-13" + (query.isEmpty() ? "" : "&" + query.substring(1));
        }
        String body = switch (endpoint.body()) {
            case "json" -> json;
            case "csv" -> csv;
            default -> "";
        };
        Map<String, String> allHeaders = new TreeMap<>(headers);
        if (!allHeaders.containsKey("Content-Type") && !body.isEmpty()) {
            allHeaders.put("Content-Type", endpoint.body().equals("csv") ? "text/csv" : "application/json");
        }
        return new HostileRequest(method, (path + query).getBytes(StandardCharsets.ISO_8859_1),
                identity.isEmpty() ? null : identity, allHeaders,
                body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Mostly the endpoint's own method (empty); now and then another, or one no server knows. */
    private static Arbitrary<String> methods() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS",
                        "TRACE", "FOO", "CONNECT")));
    }

    /** Values of path variables, as written in the request line: good ones and every kind of bad one. */
    private static Arbitrary<String> pathValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("NI130", "C22", "notts-asch-pp-2011-14",
                        "adult-social-care-2", "2011-12", "2012-13", "Q1", "Q4", "kpi-status", "audit-log", "COLL1")),
                Tuple.of(4, Arbitraries.of("", "%00", "%0d%0a", "%0A", "..%2F..%2Fetc", "%ff%fe",
                        "%c3%28", "\u0000", "\u00ff", "\u00c3\u00a9", "x y", "\t", "a".repeat(70), "x".repeat(5_000),
                        "9".repeat(400), "2011-13", "2011/12", "99999-100000", "Q0", "q5", "-1", "%7B%7D",
                        "NI130;jsessionid=x", "NI130%3Bx", "%2e%2e", "%F0%9F%92%A5", "%24where", "%5C", "NI 130",
                        "%", "%zz", "\u007f")));
    }

    /** Query strings at and beyond every limit, and parameters no endpoint takes. */
    private static Arbitrary<String> queries() {
        Arbitrary<String> parameter = Arbitraries.of(
                "page=2147483647", "page=-1", "page=abc", "page=4294967", "page=4294968", "size=0", "size=501",
                "size=500", "size=1e3", "asOf=%2B1000000000-01-01T00:00:00Z", "asOf=2011-13-45", "asOf=2011-09-30",
                "asOf=", "from=%2B1000000000-01-01T00:00:00Z", "to=-999999999-01-01T00:00:00Z", "from=2011-09-01",
                "waitForVersion=0", "waitForVersion=99999999", "waitForVersion=-1", "waitForVersion=x",
                "waitForVersion=1", "waitForVersion=99999999999999999999", "fy=2011-12", "fy=2011-13",
                "rag=PURPLE", "rag=GREEN", "organisation=%24where", "organisation=%7B%22%24gt%22%3A%22%22%7D",
                "reason=" + "r".repeat(3_000), "reason=", "aggregateId=NI130", "aggregateId=%00", "units=EUR",
                "units=GBP", "overallTarget=-1", "overallTarget=1e400", "overallTarget=abc", "type=TargetSetEvent",
                "actor=manager", "a=%ZZ", "%00=%00", "x=" + "y".repeat(6_000));
        return parameter.list().ofMinSize(0).ofMaxSize(3)
                .map(parameters -> parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    /** Every role and a restricted manager, most often; wrong and broken credentials, and none (empty). */
    private static Arbitrary<String> identities() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(RawHttp.basic("viewer", "viewer"), RawHttp.basic("manager", "manager"),
                        RawHttp.basic("auditor", "auditor"), RawHttp.basic("admin", "admin"),
                        RawHttp.basic("metrics", "metrics"), RawHttp.basic("asch-manager", "asch-manager"))),
                Tuple.of(1, Arbitraries.of("", RawHttp.basic("manager", "wrong"), "Basic !!!not-base64",
                        "Bearer not.a.token", "Basic " + "A".repeat(4_000))));
    }

    private static Arbitrary<Map<String, String>> headers() {
        Arbitrary<Map.Entry<String, String>> header = Arbitraries.of(
                Map.entry("If-Match", "\"1\""), Map.entry("If-Match", "\"-1\""), Map.entry("If-Match", "*"),
                Map.entry("If-Match", "W/\"1\""), Map.entry("If-Match", "\"99999999999999999999\""),
                Map.entry("If-Match", "x".repeat(1_000)), Map.entry("If-None-Match", "\"2\""),
                Map.entry("Content-Type", "application/xml"), Map.entry("Content-Type", "text/plain"),
                Map.entry("Content-Type", "application/json; charset=UTF-16"),
                Map.entry("Content-Type", "multipart/form-data; boundary=x"), Map.entry("Content-Type", ";;;"),
                Map.entry("Accept", "application/xml"), Map.entry("Accept", "text/event-stream"),
                Map.entry("Accept", "*/*;q=abc"), Map.entry("X-Correlation-Id", "\u0000\u00ff" + "c".repeat(200)),
                Map.entry("X-Correlation-Id", "plan-2011-14"), Map.entry("Accept-Charset", "utf-99"),
                Map.entry("Content-Encoding", "gzip"));
        return header.list().ofMinSize(0).ofMaxSize(2).map(entries -> {
            Map<String, String> headers = new TreeMap<>();
            entries.forEach(entry -> headers.put(entry.getKey(), entry.getValue()));
            return headers;
        });
    }

    /** JSON bodies: a good one of each shape, and the hostile ones of issue 9 and beyond. */
    private static Arbitrary<String> jsonBodies() {
        String ni130 = "{\"id\": \"NI130\", \"title\": \"No of people on a personal budget\", \"organisation\": "
                + "\"Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)\", "
                + "\"framework\": \"NI\", \"unit\": \"COUNT\", \"polarity\": \"HIGHER_IS_BETTER\", \"rollUp\": \"LATEST\"}";
        String c22 = ni130.replace("NI130", "C22").replace(
                "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
                CAMBRIDGESHIRE);
        return Arbitraries.of(
                ni130, c22, ni130.replace("NI130", "COLL1"),
                "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 12000}, \"printed\": \"12,000\"}",
                "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 14000}, \"reason\": \"x\"}",
                "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 1e100000}, \"reason\": \"x\"}",
                "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": 1e10000000}, \"reason\": \"x\"}",
                "{\"target\": {\"kind\": \"AT_LEAST\", \"value\": " + "9".repeat(20_000) + "}}",
                "{\"target\": {\"kind\": \"RANGE\", \"low\": 370, \"high\": 350, \"value\": 1}}",
                "{\"target\": {\"kind\": \"CHANGE\", \"changePercent\": \"20\", \"reference\": \"2099-00\"}}",
                "{\"target\": {\"kind\": \"MILESTONE\", \"description\": \"" + "d".repeat(600) + "\"}}",
                "{\"value\": 8120, \"note\": \"Q1\"}", "{\"value\": -1e13}", "{\"value\": \"12\"}",
                "{\"value\": 1e-400}", "{\"value\": NaN}", "{\"value\": Infinity}", "{\"value\": -0}",
                "{\"assessment\": \"ACHIEVED\"}", "{\"assessment\": 0}",
                "{\"id\": \"p1\", \"title\": \"Savings\", \"organisation\": \"" + CAMBRIDGESHIRE
                        + "\", \"financialYears\": [\"2011-12\"], \"overallTarget\": 1e400}",
                "{\"lineId\": \"adult-social-care-99\", \"ref\": \"99\", \"title\": \"t\", \"serviceArea\": \"s\", "
                        + "\"profile\": {\"2011-12\": 1e400}}",
                "{\"profile\": {\"2011-12\": -1000000}, \"reason\": \"x\"}",
                "{\"profile\": {\"2099-00\": 1}, \"reason\": \"x\"}",
                "{\"achievedToDate\": " + "9".repeat(999) + ", \"rag\": \"GREEN\"}",
                "{\"achievedToDate\": -1000000, \"rag\": \"GREEN\"}", "{\"achievedToDate\": 1, \"rag\": 1}",
                "{\"title\": 123, \"organisation\": true, \"unit\": \"PERCENT\", \"polarity\": \"LOWER_IS_BETTER\"}",
                "{\"title\": \"" + "t".repeat(200_000) + "\", \"reason\": \"x\"}",
                "{\"colour\": \"red\", \"actor\": \"somebody-else\", \"source\": \"import:forged\"}",
                "{\"note\": \"a\", \"note\": \"b\"}", "{} {}", "{", "", "null", "[]", "[1, 2]", "\"text\"", "12",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "{\"title\": \"\u00ff\u00fe\u0000\"}", "\u00ef\u00bb\u00bf{}", "{\"" + "k".repeat(500) + "\": 1}");
    }

    /** CSV bodies: a good plan row, and broken, huge and hostile ones. */
    private static Arbitrary<String> csvBodies() {
        String header = "indicator_id,title,organisation,framework,unit,polarity,roll_up,fy,target\r\n";
        String row = "NI130,No of people on a personal budget,\"Nottinghamshire County Council - Adult Social Care, "
                + "Health and Public Protection (ASCH&PP)\",NI,COUNT,HIGHER_IS_BETTER,LATEST,2011/12,\"12,000\"\r\n";
        return Arbitraries.of(header + row, header + row.replace("Nottinghamshire County Council - Adult Social "
                        + "Care, Health and Public Protection (ASCH&PP)", CAMBRIDGESHIRE),
                header + row.replace("\"12,000\"", "9".repeat(100_000)),
                header + row.replace("\"12,000\"", "1e100000"), header + "\"unbalanced,quote\r\n",
                "ref,title,service_area,fy2011_12\r\n1a,Meals,Adult Social Care," + "9".repeat(999) + "\r\n",
                "ref,title,service_area,fy2011_12\r\n1a,Meals,Adult Social Care,-400\r\n",
                "ref,title,service_area,fy2011_12\r\n=cmd|' /C calc'!A0,Meals,Adult Social Care,400\r\n", "",
                "\u0000\u00ff\u00fe", header, "a".repeat(50_000), header + row.repeat(3));
    }
}
