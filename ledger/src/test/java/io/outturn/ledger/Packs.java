package io.outturn.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Audit packs for tests: NI130's history beside two other indicators, checkpointed, packed as the API packs it. */
final class Packs {

    private Packs() {
    }

    /** The zip entries of a pack of NI130's events 1 to 4 out of 6, all covered by one checkpoint. */
    static Map<String, byte[]> ni130() {
        return entries(pack(Events.ni130(6), Events.DEFINED.plusSeconds(60), Events.DEFINED.plusSeconds(240)));
    }

    static AuditPack pack(List<StoredEvent> ni130, Instant from, Instant to) {
        List<StoredEvent> all = new ArrayList<>(ni130);
        all.addAll(Events.chain("NI131", 2));
        all.addAll(Events.chain("NI132", 3));
        CheckpointFold fold = new CheckpointFold();
        CheckpointSignedEvent checkpoint = Checkpoints.next(fold, Checkpoints.headsOf(all));
        fold.accept(checkpoint);
        return AuditPack.of("NI130", from, to, ni130, checkpoint, fold.headList());
    }

    static Map<String, byte[]> entries(AuditPack pack) {
        try {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            pack.writeTo(zip);
            return PackVerifier.entries(new java.io.ByteArrayInputStream(zip.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code entries} with line {@code line} (1-based) of {@code file} replaced. */
    static Map<String, byte[]> alterLine(Map<String, byte[]> entries, String file, int line, String replacement) {
        String[] lines = new String(entries.get(file), StandardCharsets.UTF_8).split("\n", -1);
        lines[line - 1] = replacement;
        Map<String, byte[]> altered = new LinkedHashMap<>(entries);
        altered.put(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return altered;
    }

    static String line(Map<String, byte[]> entries, String file, int line) {
        return new String(entries.get(file), StandardCharsets.UTF_8).split("\n", -1)[line - 1];
    }
}
