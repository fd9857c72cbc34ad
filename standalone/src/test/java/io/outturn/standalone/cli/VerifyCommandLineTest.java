package io.outturn.standalone.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's {@code verify} sub-command; verifying real packs is in LedgerTamperTest. */
class VerifyCommandLineTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void otherSubCommandsAreNotItsBusiness() {
        assertThat(VerifyCommandLine.run(new String[]{"import", "business-plan", "plan.csv"})).isFalse();
        assertThat(VerifyCommandLine.run(new String[0])).isFalse();
    }

    @Test
    void withoutAPackItExplainsItselfWithStatusTwo() {
        assertThat(execute("verify")).isEqualTo(VerifyCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PACK.zip is missing").contains("Usage:");
    }

    @Test
    void aPackThatIsNotThereOrAKeyThatIsNotAFingerprintIsAUsageError() {
        assertThat(execute("verify", folder.resolve("nothing.zip").toString())).isEqualTo(VerifyCommandLine.USAGE);
        assertThat(execute("verify", "x.zip", "--key", "not-hex")).isEqualTo(VerifyCommandLine.USAGE);
        assertThat(execute("verify", "x.zip", "--colour")).isEqualTo(VerifyCommandLine.USAGE);
    }

    @Test
    void aFileThatIsNoPackIsBroken() throws Exception {
        Path notAZip = Files.writeString(folder.resolve("NI130.zip"), "these are not the events you are looking for");

        assertThat(execute("verify", notAZip.toString())).isEqualTo(VerifyCommandLine.BROKEN);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN: pack: incomplete: the pack has no pack.txt");
    }

    private int execute(String... args) {
        return VerifyCommandLine.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
