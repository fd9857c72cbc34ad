package io.outturn.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ALGORITHM.txt is precise enough to re-implement: {@code src/test/python/verify_pack.py}, written from it alone
 * with Python's standard library and no code of the Java verifier, reaches the same verdict on the same packs.
 * Python has no Ed25519, so the signature is checked here with the JDK's {@link Signature}, not with the
 * ledger's own code.
 */
class IndependentVerifierTest {

    static final Path SCRIPT = Path.of("src", "test", "python", "verify_pack.py");

    @TempDir
    Path folder;

    @Test
    void theIndependentVerifierFindsAnUntouchedPackIntactAndTheJdkVerifiesItsSignature() throws Exception {
        Map<String, byte[]> pack = Packs.ni130();

        Run run = python(pack);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("INTACT");
        assertThat(jdkVerifiesTheSignature(pack)).isTrue();
        assertThat(PackVerifier.verify(pack, null).intact()).isTrue();
    }

    @Test
    void bothVerifiersNameTheSameEventWhenOneLineOfItIsAltered() throws Exception {
        Map<String, byte[]> pack = Packs.ni130();
        Map<String, byte[]> altered = Packs.alterLine(pack, "events/00000003.txt", 10,
                Packs.line(pack, "events/00000003.txt", 10).replace("12003", "12009"));

        Run run = python(altered);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).startsWith("BROKEN: NI130 sequence 3: hash mismatch");
        assertThat(PackVerifier.verify(altered, null).problems())
                .extracting(PackReport.Finding::aggregateId, PackReport.Finding::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NI130", 3L));
    }

    @Test
    void bothVerifiersFindAChainCutShortOfTheCheckpointsHead() throws Exception {
        Map<String, byte[]> cut = Packs.alterLine(Packs.ni130(), "chain.txt", 6, "");

        Run run = python(cut);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("BROKEN: NI130 sequence 5: chain.txt ends at 4, the checkpoint covers 5");
        assertThat(PackVerifier.verify(cut, null).intact()).isFalse();
    }

    @Test
    void theIndependentVerifierFindsAMetadataLineThatIsNotCanonical() throws Exception {
        Map<String, byte[]> pack = Packs.ni130();
        String metadata = Packs.line(pack, "events/00000001.txt", 8);
        Map<String, byte[]> spaced = Packs.alterLine(pack, "events/00000001.txt", 8, metadata.replace(",", ", "));

        Run run = python(spaced);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("BROKEN: NI130 sequence 1: not a canonical form: the metadata line is not canonical JSON");
    }

    @Test
    void theJdkRefusesTheSignatureOfAnAlteredCheckpoint() throws Exception {
        Map<String, byte[]> altered = Packs.alterLine(Packs.ni130(), "checkpoint.txt", 2, "number:2");

        assertThat(jdkVerifiesTheSignature(altered)).isFalse();
    }

    @Test
    void withoutAPackTheIndependentVerifierTellsItsUsage() throws Exception {
        Process process = new ProcessBuilder("python3", SCRIPT.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).startsWith("Usage: verify_pack.py PACK.zip");
    }

    /** Plain JDK: the public key's DER from the PEM, Ed25519 over checkpoint.txt's bytes. */
    static boolean jdkVerifiesTheSignature(Map<String, byte[]> pack) throws Exception {
        String pem = new String(pack.get("public-key.pem"), StandardCharsets.US_ASCII);
        String body = String.join("", pem.lines().filter(line -> !line.startsWith("-----")).toList());
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body))));
        signature.update(pack.get("checkpoint.txt"));
        return signature.verify(Base64.getDecoder().decode(
                new String(pack.get("checkpoint.sig"), StandardCharsets.US_ASCII).strip()));
    }

    private Run python(Map<String, byte[]> pack) throws IOException, InterruptedException {
        Path zip = Files.write(folder.resolve("pack-" + System.nanoTime() + ".zip"), Packs.zip(pack));
        return run(List.of("python3", SCRIPT.toString(), zip.toString()));
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("python3 did not finish: " + output);
        }
        return new Run(process.exitValue(), output);
    }

    record Run(int exitCode, String output) {
    }
}
