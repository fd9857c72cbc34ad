package io.outturn.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The exact bytes an event's hash is taken over (version 1), in UTF-8, each header line ending in a line feed:
 *
 * <pre>
 * outturn-ledger-event/1
 * previous:&lt;hash of the aggregate's previous event, or 64 zeros&gt;
 * aggregate:&lt;aggregate identifier&gt;
 * sequence:&lt;sequence number, decimal&gt;
 * type:&lt;payload type as stored&gt;
 * revision:&lt;payload revision as stored, or nothing&gt;
 * timestamp:&lt;UTC, milliseconds: 2012-07-20T09:00:00.000Z&gt;
 * metadata:&lt;CanonicalJson of the metadata without the ledger's keys&gt;
 * payload:&lt;length of the payload in bytes, decimal&gt;
 * &lt;the payload's bytes exactly as stored&gt;
 * </pre>
 *
 * The hash is the lower-case hex SHA-256 of those bytes. The payload is hashed as stored, so an upcaster that
 * later reads it differently never changes a stored event's hash.
 */
public final class CanonicalForm {

    public static final String FIRST_LINE = "outturn-ledger-event/1";

    private CanonicalForm() {
    }

    /** The canonical form of {@code event} with {@code previous} as its previous hash. */
    public static byte[] of(String previous, StoredEvent event) {
        byte[] header = header(previous, event);
        byte[] form = Arrays.copyOf(header, header.length + event.payload().length);
        System.arraycopy(event.payload(), 0, form, header.length, event.payload().length);
        return form;
    }

    /** The hash of {@code event}'s canonical form with {@code previous} as its previous hash. */
    public static String hash(String previous, StoredEvent event) {
        MessageDigest digest = Hashes.sha256();
        digest.update(header(previous, event));
        digest.update(event.payload());
        return Hashes.hex(digest.digest());
    }

    private static byte[] header(String previous, StoredEvent event) {
        String revision = event.revision() == null ? "" : event.revision();
        return (FIRST_LINE + '\n'
                + "previous:" + (previous == null ? "" : previous) + '\n'
                + "aggregate:" + event.aggregateId() + '\n'
                + "sequence:" + event.sequence() + '\n'
                + "type:" + event.type() + '\n'
                + "revision:" + revision + '\n'
                + "timestamp:" + Timestamps.format(event.timestamp()) + '\n'
                + "metadata:" + CanonicalJson.metadata(event.metadata()) + '\n'
                + "payload:" + event.payload().length + '\n').getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a canonical form back (as an audit pack holds it): its header fields, the payload checked against its
     * declared length.
     *
     * @throws IllegalArgumentException naming what is wrong when {@code form} is not a canonical form
     */
    public static Parsed parse(byte[] form) {
        String[] names = {"previous", "aggregate", "sequence", "type", "revision", "timestamp", "metadata", "payload"};
        String[] values = new String[names.length];
        int end = endOfLine(form, 0);
        if (end < 0 || !FIRST_LINE.equals(new String(form, 0, end, StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("the first line is not " + FIRST_LINE);
        }
        int position = end + 1;
        for (int i = 0; i < names.length; i++) {
            end = endOfLine(form, position);
            String line = end < 0 ? null : new String(form, position, end - position, StandardCharsets.UTF_8);
            if (line == null || !line.startsWith(names[i] + ":")) {
                throw new IllegalArgumentException("line " + (i + 2) + " is not the " + names[i] + " line");
            }
            values[i] = line.substring(names[i].length() + 1);
            position = end + 1;
        }
        long sequence;
        int length;
        try {
            sequence = Long.parseLong(values[2]);
            length = Integer.parseInt(values[7]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the sequence or the payload length is not a number", e);
        }
        if (form.length - position != length) {
            throw new IllegalArgumentException("the payload line declares " + length + " bytes but "
                    + (form.length - position) + " follow it");
        }
        return new Parsed(values[0], values[1], sequence, values[3], values[4], values[5], values[6],
                Arrays.copyOfRange(form, position, form.length));
    }

    /** The header of a canonical form and its payload. */
    public record Parsed(String previous, String aggregateId, long sequence, String type, String revision,
                         String timestamp, String metadataJson, byte[] payload) {
    }

    private static int endOfLine(byte[] form, int from) {
        for (int i = from; i < form.length; i++) {
            if (form[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
