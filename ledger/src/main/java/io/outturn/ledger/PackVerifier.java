package io.outturn.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an audit pack with nothing but the pack and the JDK, as ALGORITHM.txt describes: every event's canonical
 * form hashes to its link, the links chain from the genesis to the covered head, the head's leaf leads to the
 * checkpoint's root, and the checkpoint is signed by the key it names.
 */
public final class PackVerifier {

    private static final Pattern EVENT_FILE = Pattern.compile("events/(\\d{8,19})\\.txt");
    private static final Pattern CHAIN_LINE = Pattern.compile("(\\d+) ([0-9a-f]{64}) ([0-9a-f]{64})");
    private static final int MAX_ENTRIES = 1_000_000;
    private static final long MAX_BYTES = 1L << 30;

    private final List<String> facts = new ArrayList<>();
    private final List<PackReport.Finding> problems = new ArrayList<>();
    private String aggregateId;

    private PackVerifier() {
    }

    /** Verifies the zip at {@code pack}; {@code expectedKey}, when not null, is the fingerprint it must be signed with. */
    public static PackReport verify(Path pack, String expectedKey) throws IOException {
        try (InputStream in = Files.newInputStream(pack)) {
            return verify(entries(in), expectedKey);
        }
    }

    /** Verifies a pack given as its entries, by name. */
    public static PackReport verify(Map<String, byte[]> entries, String expectedKey) {
        PackVerifier verifier = new PackVerifier();
        verifier.check(entries, expectedKey);
        return new PackReport(verifier.facts, verifier.problems);
    }

    /** The entries of a zip, refusing more than a pack could sensibly hold. */
    public static Map<String, byte[]> entries(InputStream zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += bytes.length;
                if (total > MAX_BYTES || entries.size() >= MAX_ENTRIES) {
                    throw new IOException("the pack is larger than any audit pack: over " + MAX_BYTES + " bytes or "
                            + MAX_ENTRIES + " entries");
                }
                if (entries.put(entry.getName(), bytes) != null) {
                    throw new IOException("the pack holds " + entry.getName() + " twice");
                }
            }
        }
        return entries;
    }

    private void check(Map<String, byte[]> entries, String expectedKey) {
        for (String required : List.of(AuditPack.PACK, AuditPack.CHAIN, AuditPack.CHECKPOINT, AuditPack.SIGNATURE,
                AuditPack.PUBLIC_KEY, AuditPack.PROOF)) {
            if (!entries.containsKey(required)) {
                problem(null, "incomplete", "the pack has no " + required);
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        Map<String, String> pack = fields(text(entries, AuditPack.PACK), AuditPack.FIRST_LINE, AuditPack.PACK);
        if (pack == null) {
            return;
        }
        aggregateId = pack.get("aggregate");
        Long head = number(pack.get("head"), AuditPack.PACK + " head");
        if (aggregateId == null || aggregateId.isEmpty() || head == null) {
            problem(null, "malformed", AuditPack.PACK + " names no aggregate or no head");
            return;
        }
        Map<Long, Link> chain = chain(text(entries, AuditPack.CHAIN), head);
        checkEvents(entries, pack, chain, head);
        checkCheckpoint(entries, chain, head, expectedKey);
    }

    private Map<Long, Link> chain(String text, long head) {
        Map<Long, Link> chain = new TreeMap<>();
        String expectedPrevious = Ledger.GENESIS;
        long expected = 0;
        boolean linked = true;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = CHAIN_LINE.matcher(line);
            if (!m.matches()) {
                problem(expected, "malformed", AuditPack.CHAIN + " line '" + line + "' is not '<sequence> <previous> <hash>'");
                return chain;
            }
            Link link = new Link(Long.parseLong(m.group(1)), m.group(2), m.group(3));
            if (link.sequence() != expected) {
                problem(expected, Problem.MISSING.text(), AuditPack.CHAIN + " goes from sequence " + (expected - 1)
                        + " to " + link.sequence());
                return chain;
            }
            if (linked && !link.previous().equals(expectedPrevious)) {
                problem(expected, Problem.PREVIOUS_MISMATCH.text(), AuditPack.CHAIN + " names " + link.previous()
                        + " as its previous, but " + (expected == 0 ? "the genesis is " : "sequence " + (expected - 1)
                        + " hashes to ") + expectedPrevious);
                linked = false;
            }
            chain.put(link.sequence(), link);
            expectedPrevious = link.hash();
            expected++;
        }
        if (expected - 1 < head) {
            problem(expected, Problem.MISSING.text(), AuditPack.CHAIN + " ends at sequence " + (expected - 1)
                    + ", but the checkpoint covers sequence " + head);
        } else if (expected - 1 > head) {
            problem(head + 1, "malformed", AuditPack.CHAIN + " goes on past the covered head " + head);
        }
        if (linked && expected - 1 == head) {
            facts.add("chain: sequences 0 to " + head + " link from the genesis");
        }
        return chain;
    }

    private void checkEvents(Map<String, byte[]> entries, Map<String, String> pack, Map<Long, Link> chain, long head) {
        Map<Long, byte[]> events = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!entry.getKey().startsWith(AuditPack.EVENTS_FOLDER)) {
                continue;
            }
            Matcher m = EVENT_FILE.matcher(entry.getKey());
            if (!m.matches()) {
                problem(null, "malformed", entry.getKey() + " is not named events/<sequence>.txt");
                continue;
            }
            events.put(Long.parseLong(m.group(1)), entry.getValue());
        }
        Long first = optionalNumber(pack.get("first"), AuditPack.PACK + " first");
        Long last = optionalNumber(pack.get("last"), AuditPack.PACK + " last");
        if (first != null && last != null) {
            for (long sequence = first; sequence <= last; sequence++) {
                if (!events.containsKey(sequence)) {
                    problem(sequence, Problem.MISSING.text(), AuditPack.PACK + " lists sequences " + first + " to "
                            + last + ", but " + AuditPack.eventFile(sequence) + " is not in the pack");
                }
            }
            if (last > head) {
                problem(last, "not covered", "the pack's events go to sequence " + last
                        + ", past the head " + head + " its checkpoint covers");
            }
        } else if (!events.isEmpty()) {
            problem(null, "malformed", AuditPack.PACK + " lists no sequences, but the pack holds events");
        }
        int intact = 0;
        for (Map.Entry<Long, byte[]> entry : events.entrySet()) {
            long sequence = entry.getKey();
            String file = AuditPack.eventFile(sequence);
            if (first == null || last == null || sequence < first || sequence > last) {
                problem(sequence, "malformed", file + " is outside the sequences " + AuditPack.PACK + " lists");
                continue;
            }
            CanonicalForm.Parsed form;
            try {
                form = CanonicalForm.parse(entry.getValue());
            } catch (IllegalArgumentException e) {
                problem(sequence, Problem.HASH_MISMATCH.text(), file + " is not a canonical form: " + e.getMessage());
                continue;
            }
            if (!aggregateId.equals(form.aggregateId()) || form.sequence() != sequence) {
                problem(sequence, Problem.HASH_MISMATCH.text(), file + " says it is " + form.aggregateId()
                        + " sequence " + form.sequence());
                continue;
            }
            String hash = Hashes.sha256Hex(entry.getValue());
            Link link = chain.get(sequence);
            if (link == null) {
                problem(sequence, Problem.MISSING.text(), AuditPack.CHAIN + " has no link for " + file);
            } else if (!hash.equals(link.hash())) {
                problem(sequence, Problem.HASH_MISMATCH.text(), file + " hashes to " + hash + ", but "
                        + AuditPack.CHAIN + " records " + link.hash());
            } else if (!form.previous().equals(link.previous())) {
                problem(sequence, Problem.PREVIOUS_MISMATCH.text(), file + " names " + form.previous()
                        + " as its previous, but " + AuditPack.CHAIN + " records " + link.previous());
            } else {
                intact++;
            }
        }
        facts.add("events: " + intact + " of " + events.size() + " in canonical form hash to their links"
                + (first == null ? "" : " (sequences " + first + " to " + last + ", recorded "
                + window(pack.get("from"), pack.get("to")) + ")"));
    }

    private void checkCheckpoint(Map<String, byte[]> entries, Map<Long, Link> chain, long head, String expectedKey) {
        Map<String, String> proof = fields(text(entries, AuditPack.PROOF), AuditPack.PROOF_FIRST_LINE, AuditPack.PROOF);
        CheckpointStatement statement;
        try {
            statement = CheckpointStatement.parse(text(entries, AuditPack.CHECKPOINT));
        } catch (IllegalArgumentException e) {
            problem(null, Problem.CHECKPOINT_INVALID.text(), AuditPack.CHECKPOINT + ": " + e.getMessage());
            return;
        }
        if (proof == null) {
            return;
        }
        Long leafSequence = number(proof.get("sequence"), AuditPack.PROOF + " sequence");
        Long size = number(proof.get("size"), AuditPack.PROOF + " size");
        String leafHash = proof.get("hash");
        if (leafSequence == null || size == null || !Hashes.isHash(leafHash)) {
            return;
        }
        if (!aggregateId.equals(proof.get("aggregate")) || leafSequence != head) {
            problem(head, Problem.CHECKPOINT_MISMATCH.text(), AuditPack.PROOF + " is the leaf of "
                    + proof.get("aggregate") + " sequence " + leafSequence + ", not of the covered head");
        }
        Link headLink = chain.get(head);
        if (headLink != null && !headLink.hash().equals(leafHash)) {
            problem(head, Problem.CHECKPOINT_MISMATCH.text(), "the checkpoint's leaf records " + leafHash
                    + " for sequence " + head + ", but " + AuditPack.CHAIN + " records " + headLink.hash());
        }
        List<InclusionProof.Step> steps = new ArrayList<>();
        for (String line : text(entries, AuditPack.PROOF).split("\n")) {
            if (line.startsWith("step:")) {
                String[] parts = line.split(":");
                if (parts.length != 3 || !(parts[1].equals("L") || parts[1].equals("R")) || !Hashes.isHash(parts[2])) {
                    problem(null, "malformed", AuditPack.PROOF + " line '" + line + "' is not 'step:L|R:<hash>'");
                    return;
                }
                steps.add(new InclusionProof.Step(parts[1].equals("L") ? InclusionProof.Side.LEFT
                        : InclusionProof.Side.RIGHT, parts[2]));
            }
        }
        String root = new InclusionProof(new Head(aggregateId, leafSequence, leafHash), 0, size.intValue(), steps).root();
        if (!root.equals(statement.root())) {
            problem(head, Problem.CHECKPOINT_MISMATCH.text(), "the head's leaf leads to the root " + root
                    + ", but checkpoint " + statement.number() + " signs " + statement.root());
        }
        if (size != statement.aggregates()) {
            problem(null, Problem.CHECKPOINT_INVALID.text(), AuditPack.PROOF + " counts " + size
                    + " leaves, but the checkpoint " + statement.aggregates());
        }
        byte[] publicKey;
        byte[] signature;
        try {
            publicKey = SigningKeys.readPublicKeyPem(text(entries, AuditPack.PUBLIC_KEY));
            signature = AuditPack.decodeSignature(text(entries, AuditPack.SIGNATURE));
        } catch (IllegalArgumentException e) {
            problem(null, Problem.CHECKPOINT_INVALID.text(), "the key or the signature cannot be read: " + e.getMessage());
            return;
        }
        String fingerprint = SigningKeys.fingerprint(publicKey);
        if (!fingerprint.equals(statement.keyFingerprint())) {
            problem(null, Problem.CHECKPOINT_INVALID.text(), AuditPack.CHECKPOINT + " names the key "
                    + statement.keyFingerprint() + ", but " + AuditPack.PUBLIC_KEY + " is " + fingerprint);
        } else if (!SigningKeys.verify(publicKey, entries.get(AuditPack.CHECKPOINT), signature)) {
            problem(null, Problem.CHECKPOINT_INVALID.text(), "the signature in " + AuditPack.SIGNATURE
                    + " does not verify " + AuditPack.CHECKPOINT + " with " + AuditPack.PUBLIC_KEY);
        } else {
            facts.add("checkpoint " + statement.number() + " of " + Timestamps.format(statement.time()) + " covers "
                    + statement.aggregates() + " aggregates under the root " + statement.root()
                    + "; the head's leaf leads to it and its signature verifies");
        }
        facts.add("key: " + fingerprint);
        if (expectedKey != null && !expectedKey.equalsIgnoreCase(fingerprint)) {
            problem(null, Problem.CHECKPOINT_INVALID.text(), "the checkpoint is signed by the key " + fingerprint
                    + ", not by the expected " + expectedKey);
        }
    }

    private Map<String, String> fields(String text, String firstLine, String file) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(firstLine)) {
            problem(null, "malformed", file + " does not start with " + firstLine);
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                problem(null, "malformed", file + " line " + (i + 1) + " is not 'name:value'");
                return null;
            }
            if (!lines[i].startsWith("step:")) {
                fields.put(lines[i].substring(0, colon), lines[i].substring(colon + 1));
            }
        }
        return fields;
    }

    private Long number(String text, String what) {
        if (text == null || text.isEmpty()) {
            problem(null, "malformed", what + " is missing");
            return null;
        }
        return optionalNumber(text, what);
    }

    private Long optionalNumber(String text, String what) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            problem(null, "malformed", what + " is not a number: " + text);
            return null;
        }
    }

    private static String window(String from, String to) {
        boolean open = (from == null || from.isEmpty()) && (to == null || to.isEmpty());
        return open ? "at any time" : "from " + (from == null || from.isEmpty() ? "the start" : from)
                + " to " + (to == null || to.isEmpty() ? "now" : to);
    }

    private static String text(Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private void problem(Long sequence, String problem, String detail) {
        problems.add(new PackReport.Finding(aggregateId, sequence, problem, detail));
    }
}
