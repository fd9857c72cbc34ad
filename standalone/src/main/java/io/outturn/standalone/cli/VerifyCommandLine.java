package io.outturn.standalone.cli;

import io.outturn.ledger.PackReport;
import io.outturn.ledger.PackVerifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar outturn-standalone.jar verify PACK.zip [--key FINGERPRINT]}: checks an audit pack with no
 * server and no Spring, as the pack's ALGORITHM.txt describes, and says what it found. Exit 0: intact; 1: broken,
 * each problem on a line of its own naming the aggregate, the sequence and what is wrong; 2: usage.
 * {@code --key} is the fingerprint the organisation publishes: a pack signed by any other key is broken.
 */
public final class VerifyCommandLine {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              verify PACK.zip [--key FINGERPRINT]
            Checks an audit pack from GET /api/audit/pack with nothing but the pack: every event hashes to its link,
            the links chain from the genesis to the head a signed checkpoint covers, and the checkpoint's signature
            verifies. --key: the public key fingerprint the organisation publishes (64 hex digits).
            Exit status: 0 intact, 1 broken, 2 usage.""";

    private VerifyCommandLine() {
    }

    /**
     * @return false when {@code args} do not ask to verify (so the caller goes on); otherwise verifies, and returns
     * true when the pack is intact or exits the JVM with the status saying why not
     */
    public static boolean run(String[] args) {
        if (args.length == 0 || !args[0].equals("verify")) {
            return false;
        }
        int status = execute(args, System.out, System.err);
        if (status != INTACT) {
            System.exit(status);
        }
        return true;
    }

    /** Verifies as {@code args} say, printing to {@code out} and usage errors to {@code err}; returns the exit status. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        String key = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--key") && i + 1 < args.length) {
                key = args[++i];
            } else if (args[i].startsWith("--key=")) {
                key = args[i].substring("--key=".length());
            } else if (args[i].startsWith("--")) {
                return usage(err, "Unknown option " + args[i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 1) {
            return usage(err, positional.isEmpty() ? "Which pack? PACK.zip is missing" : "One pack at a time");
        }
        if (key != null && !key.matches("[0-9a-fA-F]{64}")) {
            return usage(err, "--key must be a fingerprint of 64 hex digits, not " + key);
        }
        Path pack = Path.of(positional.get(0));
        if (!Files.isRegularFile(pack) || !Files.isReadable(pack)) {
            return usage(err, "Cannot read the file " + pack);
        }
        out.println("Verifying " + pack);
        PackReport report;
        try {
            report = PackVerifier.verify(pack, key);
        } catch (IOException e) {
            out.println("BROKEN: the pack cannot be read as a zip: " + e.getMessage());
            return BROKEN;
        }
        report.facts().forEach(fact -> out.println("  " + fact));
        if (report.intact()) {
            out.println("INTACT");
            return INTACT;
        }
        report.problems().forEach(problem -> out.println("BROKEN: " + problem));
        return BROKEN;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
