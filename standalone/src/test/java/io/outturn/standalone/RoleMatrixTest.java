package io.outturn.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's role table is what the application does (issue 9: one table of endpoint and role, and a test that
 * walks every endpoint the application maps with every role). The endpoints are taken from the application's own
 * request mappings, so a new endpoint missing from the table fails here; each is then called as each identity of
 * the table, and "yes" means the answer was neither 401 nor 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"outturn.demo-data.enabled=false", "outturn.query.max-wait=0s"})
@DirtiesContext
class RoleMatrixTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+) ([^`]+)` \\|(.*)\\|\\s*$");
    /** The identities of the table's columns: a demo user of each role (null for no credentials at all). */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("anonymous", null);
        USERS.put("VIEWER", "viewer");
        USERS.put("MANAGER", "manager");
        USERS.put("AUDITOR", "auditor");
        USERS.put("ADMIN", "admin");
        USERS.put("METRICS", "metrics");
        USERS.put("APPROVER", "approver");
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("outturn.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = OutturnHttp.client();

    @Test
    void theReadmesTableListsEveryEndpointTheApplicationMaps() throws IOException {
        assertThat(table().keySet()).isEqualTo(mappedEndpoints());
    }

    @Test
    void everyIdentityMayUseExactlyTheEndpointsTheReadmeSays() throws Exception {
        Map<String, Map<String, Boolean>> expected = table();
        Map<String, Map<String, Boolean>> actual = new TreeMap<>();
        for (String endpoint : expected.keySet()) {
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (Map.Entry<String, String> identity : USERS.entrySet()) {
                int status = call(endpoint, identity.getValue());
                allowed.put(identity.getKey(), status != 401 && status != 403);
            }
            actual.put(endpoint, allowed);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expected));
    }

    /** {@code GET /api/indicators/{id}/status/{fy}?asOf} → {anonymous: false, VIEWER: false, ...}. */
    private static Map<String, Map<String, Boolean>> table() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(lines.stream().filter(line -> line.startsWith("<!-- role-matrix")).findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no role-matrix table")));
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, Boolean>> table = new TreeMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("<!-- end of role-matrix")) {
                break;
            }
            if (line.startsWith("| endpoint")) {
                for (String column : line.split("\\|")) {
                    if (!column.isBlank() && !column.strip().equals("endpoint")) {
                        columns.add(column.strip());
                    }
                }
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            String[] cells = row.group(3).split("\\|");
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                allowed.put(columns.get(i), cells[i].strip().equals("yes"));
            }
            table.put(row.group(1) + " " + row.group(2), allowed);
        }
        assertThat(columns).as("the table's identities").containsExactlyElementsOf(USERS.keySet());
        return table;
    }

    /** Every method and path the application maps, {@code ?asOf} for a mapping that needs that parameter. */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                boolean asOf = info.getParamsCondition().getExpressions().stream()
                        .anyMatch(expression -> expression.getName().equals("asOf") && !expression.isNegated());
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String path : info.getPatternValues()) {
                    if (path.equals("/error")) {
                        continue;
                    }
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        endpoints.add(method.name() + " " + path + (asOf ? "?asOf" : ""));
                    }
                }
            }
        }
        return endpoints;
    }

    /** Calls the endpoint with sample values and a body of the right type, as {@code user}; the status. */
    private int call(String endpoint, String user) throws IOException, InterruptedException {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("?asOf", "?asOf=2011-09-30")
                .replace("{id}", "NI130").replace("{fy}", "2011-12").replace("{quarter}", "Q1")
                .replace("{pid}", "notts-asch-pp-2011-14").replace("{lineId}", "adult-social-care-2")
                .replace("{name}", "kpi-status").replace("{eventId}", "not-an-event")
                .replace("{proposalId}", "not-a-proposal")
                .replace("/**", "/liveness");
        boolean csv = path.startsWith("/api/imports/");
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(csv ? "not,a,plan\r\n" : "{}");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body)
                .header("Content-Type", csv ? "text/csv" : "application/json");
        if (path.startsWith("/api/indicators/stream")) {
            request.header("Accept", "text/event-stream");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (path.startsWith("/api/indicators/stream")) {
            // A stream never ends: its status line is all that matters, and the stream is closed after it.
            HttpResponse<InputStream> stream = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            stream.body().close();
            return stream.statusCode();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
