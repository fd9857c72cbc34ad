package io.outturn.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a checkpoint's signature is over, as UTF-8 text, each line ending in a line feed:
 *
 * <pre>
 * outturn-ledger-checkpoint/1
 * number:&lt;1 for the first checkpoint, then one more each time&gt;
 * time:&lt;UTC, milliseconds&gt;
 * store-position:&lt;the event store's global position the checkpoint read up to; -1 for an empty store&gt;
 * aggregates:&lt;number of heads, the leaves of the tree&gt;
 * root:&lt;Merkle root over the heads&gt;
 * previous:&lt;SHA-256 of the previous checkpoint's statement, or 64 zeros for the first&gt;
 * key:&lt;fingerprint of the public key that signs it&gt;
 * </pre>
 */
public record CheckpointStatement(long number, Instant time, long storePosition, int aggregates, String root,
                                  String previous, String keyFingerprint) {

    public static final String FIRST_LINE = "outturn-ledger-checkpoint/1";
    private static final List<String> FIELDS =
            List.of("number", "time", "store-position", "aggregates", "root", "previous", "key");

    public String text() {
        return FIRST_LINE + '\n'
                + "number:" + number + '\n'
                + "time:" + Timestamps.format(time) + '\n'
                + "store-position:" + storePosition + '\n'
                + "aggregates:" + aggregates + '\n'
                + "root:" + root + '\n'
                + "previous:" + previous + '\n'
                + "key:" + keyFingerprint + '\n';
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The statement's own hash: what the next checkpoint names as its previous. */
    public String hash() {
        return Hashes.sha256Hex(bytes());
    }

    /**
     * Reads a statement back and checks that it is exactly what {@link #text()} would write.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static CheckpointStatement parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length != FIELDS.size() + 2 || !lines[0].equals(FIRST_LINE) || !lines[lines.length - 1].isEmpty()) {
            throw new IllegalArgumentException("not a checkpoint statement: it must be " + FIRST_LINE + " and "
                    + FIELDS.size() + " lines, each ending in a line feed");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            String prefix = FIELDS.get(i) + ":";
            if (!lines[i + 1].startsWith(prefix)) {
                throw new IllegalArgumentException("line " + (i + 2) + " of the checkpoint is not its " + FIELDS.get(i));
            }
            values.put(FIELDS.get(i), lines[i + 1].substring(prefix.length()));
        }
        CheckpointStatement statement;
        try {
            statement = new CheckpointStatement(Long.parseLong(values.get("number")),
                    Timestamps.parse(values.get("time")), Long.parseLong(values.get("store-position")),
                    Integer.parseInt(values.get("aggregates")), values.get("root"), values.get("previous"),
                    values.get("key"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a checkpoint field is malformed: " + e.getMessage(), e);
        }
        if (!statement.text().equals(text)) {
            throw new IllegalArgumentException("the checkpoint is not written in its canonical form");
        }
        return statement;
    }
}
