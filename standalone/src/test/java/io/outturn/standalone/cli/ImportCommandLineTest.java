package io.outturn.standalone.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The import command line against a stand-in for Outturn's import API on a local port. */
class ImportCommandLineTest {

    private static final String CSV = "ref,title,service_area,fy2011_12\r\n1d,Increased charges \u2013 late cancellation,"
            + "Adult Social Care,40\r\n";

    @TempDir
    Path directory;

    private HttpServer server;
    private final AtomicReference<Request> received = new AtomicReference<>();
    private int status = 200;
    private String answer = "";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    record Request(String method, String path, String query, Map<String, String> headers, byte[] body) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.set(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.of("Content-Type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                        "Authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))),
                exchange.getRequestBody().readAllBytes()));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Path csv() throws IOException {
        Path file = directory.resolve("savings.csv");
        Files.writeString(file, CSV);
        return file;
    }

    private int run(Map<String, String> environment, String... args) {
        return ImportCommandLine.execute(args, environment, HttpClient.newHttpClient(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void argumentsThatAreNotAnImportAreLeftToOutturn() {
        assertThat(ImportCommandLine.run(new String[]{"--server.port=9090"})).isFalse();
        assertThat(ImportCommandLine.run(new String[0])).isFalse();
    }

    @Test
    void aSavingsFileIsPostedAsCsvWithTheManagersCredentialsAndTheOptions() throws IOException {
        answer = """
                {"file":{"sha256":"ab12","rows":1},"indicators":{"created":0,"revised":0,"unchanged":0},
                 "targets":{"created":0,"revised":0,"unchanged":0},"programmes":{"created":1,"revised":0,"unchanged":0},
                 "lines":{"created":1,"revised":0,"unchanged":0}}""";

        int exit = run(Map.of(), "import", "savings-programme", "notts-asch-pp-2011-14", csv().toString(),
                "--url", url(), "--units", "GBP000", "--title", "Savings 2011-14", "--user=boss", "--password", "s3cret");

        assertThat(exit).isZero();
        Request request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/imports/savings-programmes/notts-asch-pp-2011-14");
        assertThat(request.query()).isEqualTo("units=GBP000&title=Savings%202011-14");
        assertThat(request.headers().get("Content-Type")).isEqualTo("text/csv");
        assertThat(request.headers().get("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("boss:s3cret".getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(CSV);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("sha256 ab12")
                .contains("lines:      1 created, 0 revised, 0 unchanged");
    }

    @Test
    void credentialsComeFromTheEnvironmentWhenNotGiven() throws IOException {
        answer = "{\"file\":{\"sha256\":\"cd34\",\"rows\":1}}";

        run(Map.of("OUTTURN_USER", "importer", "OUTTURN_PASSWORD", "pw"), "import", "business-plan",
                csv().toString(), "--url", url());

        assertThat(received.get().path()).isEqualTo("/api/imports/business-plan");
        assertThat(received.get().headers().get("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("importer:pw".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRejectedFileExitsNonZeroAndPrintsEveryErrorWithItsRow() throws IOException {
        status = 400;
        answer = """
                {"type":"https://outturn.io/problems/validation-failed","title":"The request is not valid",
                 "status":400,"code":"VALIDATION_FAILED","detail":"The file was not imported: 1 error in 1 row",
                 "errors":[{"row":3,"field":"fy2012_13","message":"'1,2x' is not an amount such as 1,300 or 400"}]}""";

        int exit = run(Map.of(), "import", "savings-programme", "p1", csv().toString(), "--url", url());

        assertThat(exit).isEqualTo(ImportCommandLine.REJECTED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("400 VALIDATION_FAILED")
                .contains("row 3, fy2012_13: '1,2x' is not an amount");
    }

    @Test
    void aRefusalThatIsNotAboutTheFileIsAFailure() throws IOException {
        status = 403;
        answer = "{\"code\":\"FORBIDDEN\",\"detail\":\"Your role does not allow this\"}";

        int exit = run(Map.of(), "import", "business-plan", csv().toString(), "--url", url(), "--user", "viewer");

        assertThat(exit).isEqualTo(ImportCommandLine.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("403 FORBIDDEN: Your role does not allow this");
    }

    @Test
    void aMissingFileIsAUsageErrorAndNothingIsSent() {
        int exit = run(Map.of(), "import", "business-plan", directory.resolve("nope.csv").toString(), "--url", url());

        assertThat(exit).isEqualTo(ImportCommandLine.USAGE);
        assertThat(received.get()).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read the file").contains("Usage:");
    }

    @Test
    void anUnknownOptionIsAUsageError() throws IOException {
        int exit = run(Map.of(), "import", "business-plan", csv().toString(), "--units", "GBP");

        assertThat(exit).isEqualTo(ImportCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option --units");
    }

    @Test
    void anUnreachableInstanceIsAFailure() throws IOException {
        server.stop(0);

        int exit = run(Map.of(), "import", "business-plan", csv().toString(), "--url", url());

        assertThat(exit).isEqualTo(ImportCommandLine.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Could not reach Outturn");
    }
}
