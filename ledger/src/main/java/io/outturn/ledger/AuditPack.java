package io.outturn.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything an auditor needs to check one aggregate's events with no server: the events in canonical form, the
 * aggregate's chain from its first event to the head a signed checkpoint covers, that checkpoint, the path from
 * the head's leaf to the checkpoint's root, the public key, and the algorithm in words. The zip holds:
 * <pre>
 * ALGORITHM.txt                how to check all of it
 * pack.txt                     which aggregate, which window, which sequences, which head the checkpoint covers
 * events/&lt;sequence&gt;.txt      each event of the window in canonical form (sequence zero-padded to 8 digits)
 * chain.txt                    "&lt;sequence&gt; &lt;previous&gt; &lt;hash&gt;" for every event from 0 to the covered head
 * checkpoint.txt               the checkpoint statement, exactly the bytes signed
 * checkpoint.sig               the Ed25519 signature of checkpoint.txt, base64
 * public-key.pem               the key that signed it; its fingerprint is named in checkpoint.txt
 * proof.txt                    the head's leaf and the sibling hashes up to the root
 * </pre>
 *
 * @param events    the window's events as (sequence, canonical form), in sequence order
 * @param chain     the aggregate's links from sequence 0 to {@code proof.leaf().sequence()}, in order
 */
public record AuditPack(String aggregateId, Instant from, Instant to, List<Event> events, List<Link> chain,
                        CheckpointSignedEvent checkpoint, InclusionProof proof) {

    public static final String FIRST_LINE = "outturn-audit-pack/1";
    public static final String ALGORITHM = "ALGORITHM.txt";
    public static final String PACK = "pack.txt";
    public static final String CHAIN = "chain.txt";
    public static final String CHECKPOINT = "checkpoint.txt";
    public static final String SIGNATURE = "checkpoint.sig";
    public static final String PUBLIC_KEY = "public-key.pem";
    public static final String PROOF = "proof.txt";
    public static final String PROOF_FIRST_LINE = "outturn-ledger-proof/1";
    public static final String EVENTS_FOLDER = "events/";

    public AuditPack {
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(proof, "proof");
        events = List.copyOf(events);
        chain = List.copyOf(chain);
    }

    /**
     * The pack of {@code aggregateId}'s events recorded in the window {@code from} to {@code to} (inclusive; null
     * for open), covered by {@code checkpoint}, whose heads are {@code covered}.
     *
     * @param events the aggregate's events as stored, in sequence order, from sequence 0 at least up to the head
     *               the checkpoint covers
     * @throws IllegalArgumentException when the checkpoint covers no head of the aggregate, or an event of the
     *                                  window is newer than the head it covers
     */
    public static AuditPack of(String aggregateId, Instant from, Instant to, List<StoredEvent> events,
                               CheckpointSignedEvent checkpoint, Collection<Head> covered) {
        Head head = covered.stream().filter(h -> h.aggregateId().equals(aggregateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("checkpoint " + checkpoint.number()
                        + " covers no event of " + aggregateId));
        List<Link> chain = new ArrayList<>();
        List<Event> window = new ArrayList<>();
        String previous = Ledger.GENESIS;
        for (StoredEvent event : events) {
            boolean inWindow = (from == null || !event.timestamp().isBefore(from))
                    && (to == null || !event.timestamp().isAfter(to));
            if (inWindow && event.sequence() > head.sequence()) {
                throw new IllegalArgumentException(aggregateId + " sequence " + event.sequence()
                        + " is newer than the head " + head.sequence() + " checkpoint " + checkpoint.number() + " covers");
            }
            if (event.sequence() > head.sequence()) {
                continue;
            }
            // As stored: a hashed event's own links, an older one's computed by the same rule (retroactively).
            Link link = event.hashed()
                    ? new Link(event.sequence(), event.storedPrevious(), event.storedHash())
                    : new Link(event.sequence(), previous, CanonicalForm.hash(previous, event));
            chain.add(link);
            if (inWindow) {
                window.add(new Event(event.sequence(), CanonicalForm.of(link.previous(), event)));
            }
            previous = link.hash();
        }
        return new AuditPack(aggregateId, from, to, window, chain, checkpoint, MerkleTree.proof(covered, aggregateId));
    }

    /** One event of the window in canonical form. */
    public record Event(long sequence, byte[] canonicalForm) {
    }

    public static String eventFile(long sequence) {
        return EVENTS_FOLDER + String.format("%08d", sequence) + ".txt";
    }

    /** The text of ALGORITHM.txt, which docs/ledger.md repeats word for word. */
    public static String algorithm() {
        try (InputStream in = AuditPack.class.getResourceAsStream(ALGORITHM)) {
            if (in == null) {
                throw new IllegalStateException(ALGORITHM + " is missing from the ledger module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, ALGORITHM, algorithm().getBytes(StandardCharsets.UTF_8));
        put(zip, PACK, packText().getBytes(StandardCharsets.UTF_8));
        for (Event event : events) {
            put(zip, eventFile(event.sequence()), event.canonicalForm());
        }
        StringBuilder chainText = new StringBuilder();
        chain.forEach(link -> chainText.append(link.line()).append('\n'));
        put(zip, CHAIN, chainText.toString().getBytes(StandardCharsets.UTF_8));
        put(zip, CHECKPOINT, checkpoint.statement().bytes());
        put(zip, SIGNATURE, (checkpoint.signature() + "\n").getBytes(StandardCharsets.US_ASCII));
        put(zip, PUBLIC_KEY, SigningKeys.publicKeyPem(checkpoint.publicKeyDer()).getBytes(StandardCharsets.US_ASCII));
        put(zip, PROOF, proofText().getBytes(StandardCharsets.UTF_8));
        zip.finish();
    }

    String packText() {
        return FIRST_LINE + '\n'
                + "aggregate:" + aggregateId + '\n'
                + "from:" + (from == null ? "" : Timestamps.format(from)) + '\n'
                + "to:" + (to == null ? "" : Timestamps.format(to)) + '\n'
                + "first:" + (events.isEmpty() ? "" : events.get(0).sequence()) + '\n'
                + "last:" + (events.isEmpty() ? "" : events.get(events.size() - 1).sequence()) + '\n'
                + "head:" + proof.leaf().sequence() + '\n';
    }

    String proofText() {
        StringBuilder text = new StringBuilder()
                .append(PROOF_FIRST_LINE).append('\n')
                .append("aggregate:").append(proof.leaf().aggregateId()).append('\n')
                .append("sequence:").append(proof.leaf().sequence()).append('\n')
                .append("hash:").append(proof.leaf().hash()).append('\n')
                .append("index:").append(proof.index()).append('\n')
                .append("size:").append(proof.size()).append('\n');
        for (InclusionProof.Step step : proof.steps()) {
            text.append("step:").append(step.side() == InclusionProof.Side.LEFT ? "L" : "R").append(':')
                    .append(step.hash()).append('\n');
        }
        return text.toString();
    }

    private void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // The checkpoint's time, not the moment of writing: the same pack always zips to the same bytes.
        entry.setTime(checkpoint.time().toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The signature as checkpoint.sig holds it, decoded. */
    static byte[] decodeSignature(String text) {
        return Base64.getDecoder().decode(text.strip());
    }
}
