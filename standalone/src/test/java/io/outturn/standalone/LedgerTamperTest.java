package io.outturn.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.outturn.standalone.OutturnHttp.Answer;
import io.outturn.standalone.cli.VerifyCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering for real: standalone runs on the demo data, takes a checkpoint and hands out an audit pack of NI130;
 * then, with standalone stopped, the H2 file is changed with SQL (one byte of one payload, an aggregate's newest
 * event deleted, two events swapped), and standalone is started again on it. Verification names each change by
 * aggregate and sequence; the offline verifier (the jar's {@code verify}, and the independent Python one) finds an
 * altered line of a pack, and the change in a pack downloaded after the tampering.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LedgerTamperTest {

    private static final Logger log = LoggerFactory.getLogger(LedgerTamperTest.class);
    private static final Path PYTHON_VERIFIER = Path.of("..", "ledger", "src", "test", "python", "verify_pack.py");

    @TempDir
    Path dataDir;

    @TempDir
    Path packs;

    private final HttpClient http = OutturnHttp.client();

    @Test
    void everyChangeToTheH2FileIsNamedByAggregateAndSequenceAndPacksAreCheckedOffline() throws Exception {
        Path goodPack = packs.resolve("NI130.zip");
        String fingerprint;
        try (ConfigurableApplicationContext first = start(true)) {
            OutturnHttp auditor = as(first, "auditor");
            Answer checkpoint = auditor.post("api/ledger/checkpoints", Map.of());
            assertThat(checkpoint.status()).as(checkpoint.toString()).isEqualTo(201);
            fingerprint = checkpoint.json().path("keyFingerprint").asText();
            JsonNode report = auditor.get("api/ledger/verify").json();
            assertThat(report.path("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.path("beforeTheLedger").path("events").asLong()).isZero();
            assertThat(report.path("events").asLong()).isGreaterThan(400);
            Files.write(goodPack, download(first, "NI130"));
        }

        assertThat(verifyOffline(goodPack, fingerprint)).startsWith("Verifying").endsWith("INTACT\n");
        assertThat(childJvmVerify(goodPack)).isZero();
        assertThat(python(goodPack).exitCode()).isZero();
        Path altered = alterOneLine(goodPack, "events/00000001.txt", "\"actor\":\"demo-data\"", "\"actor\":\"manager\"");
        assertThat(verifyOffline(altered, fingerprint))
                .contains("BROKEN: NI130 sequence 1: hash mismatch: events/00000001.txt hashes to ");
        assertThat(python(altered).output()).contains("BROKEN: NI130 sequence 1: hash mismatch");

        try (Connection h2 = h2()) {
            byte[] before = payload(h2, "NI130", 1);
            update(h2, "UPDATE DomainEventEntry SET payload = STRINGTOUTF8(REPLACE(UTF8TOSTRING(payload), "
                    + "'\"value\":12000', '\"value\":12001')) WHERE aggregateIdentifier = 'NI130' AND sequenceNumber = 1");
            assertThat(differingBytes(before, payload(h2, "NI130", 1))).as("bytes changed").isEqualTo(1);
            long newest = newestSequence(h2, "TS-KPI3");
            update(h2, "DELETE FROM DomainEventEntry WHERE aggregateIdentifier = 'TS-KPI3' AND sequenceNumber = " + newest);
            update(h2, "UPDATE DomainEventEntry SET sequenceNumber = -1 WHERE aggregateIdentifier = 'TS-KPI4' AND sequenceNumber = 1");
            update(h2, "UPDATE DomainEventEntry SET sequenceNumber = 1 WHERE aggregateIdentifier = 'TS-KPI4' AND sequenceNumber = 2");
            update(h2, "UPDATE DomainEventEntry SET sequenceNumber = 2 WHERE aggregateIdentifier = 'TS-KPI4' AND sequenceNumber = -1");

            try (ConfigurableApplicationContext second = start(false)) {
                OutturnHttp auditor = as(second, "auditor");
                JsonNode report = auditor.get("api/ledger/verify").json();
                log.info("Verification after tampering with the H2 file: {}", report.path("broken").toPrettyString());

                assertThat(report.path("intact").asBoolean()).isFalse();
                assertThat(brokenLinks(report)).containsExactly(
                        "NI130 sequence 1: HASH_MISMATCH",
                        "TS-KPI3 sequence " + newest + ": MISSING",
                        "TS-KPI4 sequence 1: OUT_OF_ORDER");
                assertThat(detailOf(report, "TS-KPI3")).isEqualTo("checkpoint 1 covers its sequence " + newest
                        + " (hash " + detailHash(report, "TS-KPI3") + "), but the store ends at sequence " + (newest - 1));
                assertThat(detailOf(report, "TS-KPI4")).isEqualTo("sequence 1 is stored after sequence 2");
                assertThat(auditor.get("api/ledger/checkpoints/latest").json().path("number").asLong())
                        .as("the checkpoint survived the restart").isEqualTo(1);
                Answer refused = auditor.post("api/ledger/checkpoints", Map.of());
                assertThat(refused.status()).isEqualTo(409);
                assertThat(refused.code()).isEqualTo("LEDGER_BROKEN");

                Path afterTampering = packs.resolve("NI130-after.zip");
                Files.write(afterTampering, download(second, "NI130"));
                String offline = verifyOffline(afterTampering, fingerprint);
                log.info("Offline verification of NI130's pack after tampering:\n{}", offline);
                assertThat(offline).contains("BROKEN: NI130 sequence 1: hash mismatch: events/00000001.txt hashes to ");
                assertThat(python(afterTampering).output()).contains("BROKEN: NI130 sequence 1: hash mismatch");
            }
        }
    }

    private ConfigurableApplicationContext start(boolean demoData) {
        return new SpringApplicationBuilder(StandaloneApplication.class).run(
                "--server.port=0",
                "--outturn.data-dir=" + dataDir.toAbsolutePath(),
                "--outturn.demo-data.enabled=" + demoData);
    }

    private OutturnHttp as(ConfigurableApplicationContext context, String user) {
        return new OutturnHttp(http, base(context), user, user);
    }

    private static URI base(ConfigurableApplicationContext context) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/");
    }

    private byte[] download(ConfigurableApplicationContext context, String aggregateId) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base(context).resolve("api/audit/pack?aggregateId=" + aggregateId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("auditor:auditor".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(1)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }

    /** The jar's {@code verify}, in this JVM, with the fingerprint the council publishes. */
    private static String verifyOffline(Path pack, String fingerprint) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        VerifyCommandLine.execute(new String[]{"verify", pack.toString(), "--key", fingerprint}, print, print);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code verify} as the jar runs it: a JVM of its own with no server, only its exit status counts. */
    private static int childJvmVerify(Path pack) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StandaloneProcess.MAIN_CLASS, "verify", pack.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        log.info("java ... StandaloneApplication verify {}:\n{}", pack.getFileName(), output);
        assertThat(output).doesNotContain("Spring").endsWith("INTACT\n");
        return process.exitValue();
    }

    private static Run python(Path pack) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", PYTHON_VERIFIER.toString(), pack.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    record Run(int exitCode, String output) {
    }

    /** A copy of the pack with one line of one entry changed. */
    private Path alterOneLine(Path pack, String entryName, String from, String to) throws IOException {
        Path altered = packs.resolve("altered-" + pack.getFileName());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(pack));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    assertThat(text).contains(from);
                    bytes = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return altered;
    }

    /** A second connection to the event store's H2 file, opened as standalone opens it (see EventStoreDatabase). */
    private Connection h2() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("events")
                .resolve("outturn-events") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    private static void update(Connection h2, String sql) throws SQLException {
        try (PreparedStatement statement = h2.prepareStatement(sql)) {
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static byte[] payload(Connection h2, String aggregateId, long sequence) throws SQLException {
        try (PreparedStatement statement = h2.prepareStatement(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?")) {
            statement.setString(1, aggregateId);
            statement.setLong(2, sequence);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBytes(1);
            }
        }
    }

    private static long newestSequence(Connection h2, String aggregateId) throws SQLException {
        try (PreparedStatement statement = h2.prepareStatement(
                "SELECT MAX(sequenceNumber) FROM DomainEventEntry WHERE aggregateIdentifier = ?")) {
            statement.setString(1, aggregateId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                long newest = row.getLong(1);
                assertThat(newest).as("events of " + aggregateId).isGreaterThanOrEqualTo(2);
                return newest;
            }
        }
    }

    private static int differingBytes(byte[] a, byte[] b) {
        assertThat(b).hasSameSizeAs(a);
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                differing++;
            }
        }
        return differing;
    }

    private static List<String> brokenLinks(JsonNode report) {
        List<String> links = new ArrayList<>();
        report.path("broken").forEach(link -> links.add(link.path("aggregateId").asText() + " sequence "
                + link.path("sequence").asLong() + ": " + link.path("problem").asText()));
        return links;
    }

    private static String detailOf(JsonNode report, String aggregateId) {
        for (JsonNode link : report.path("broken")) {
            if (link.path("aggregateId").asText().equals(aggregateId)) {
                return link.path("detail").asText();
            }
        }
        return null;
    }

    private static String detailHash(JsonNode report, String aggregateId) {
        String detail = detailOf(report, aggregateId);
        int start = detail.indexOf("(hash ") + "(hash ".length();
        return detail.substring(start, start + 64);
    }
}
