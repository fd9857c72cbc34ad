package io.outturn.command.imports;

import io.outturn.command.domain.GivenJustification;
import io.outturn.events.EventMetadata;
import org.axonframework.messaging.MetaData;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An uploaded CSV file: the SHA-256 of its exact bytes (which every event it causes names as its source), its
 * header and its data records.
 */
record ImportFile(String sha256, CsvRecord header, List<CsvRecord> data) {

    /** How many hex digits of the SHA-256 name the file in a generated reason: enough to tell files apart. */
    static final int SHA_PREFIX = 12;

    /** What spreadsheets on Windows write when they are not asked for UTF-8; its £ is not valid UTF-8. */
    private static final Charset SPREADSHEET_FALLBACK = Charset.forName("windows-1252");

    static ImportFile read(byte[] content) {
        String sha256 = sha256(content);
        List<CsvRecord> records;
        try {
            records = CsvReader.read(decode(content));
        } catch (CsvFormatException e) {
            throw ImportRejectedException.of(e.row(), "file", e.getMessage());
        }
        if (records.isEmpty() || records.get(0).row() != 1) {
            throw ImportRejectedException.of(1, "header", "the first row must be the header naming the columns");
        }
        return new ImportFile(sha256, records.get(0), List.copyOf(records.subList(1, records.size())));
    }

    /**
     * The justification of every revision the file's import makes: what the request gave, with, when it gave no
     * reason, one naming the file ({@code Re-import of business plan 3f2a9c1b0d4e}), which says which upload made
     * the change and is long enough for the minimum a reason must have.
     *
     * @param what what the file is, e.g. {@code business plan}
     */
    GivenJustification justificationOfRevisions(GivenJustification given, String what) {
        GivenJustification justification = given == null ? GivenJustification.NONE : given;
        return justification.reason() != null ? justification : new GivenJustification(justification.reasonCode(),
                "Re-import of " + what + " " + sha256.substring(0, SHA_PREFIX), justification.decision());
    }

    int rows() {
        return data.size();
    }

    /** Marks every event the file's commands cause with {@code source=import:<sha-256 of the file>}. */
    MetaData source() {
        return MetaData.with(EventMetadata.SOURCE, EventMetadata.importSource(sha256));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, SPREADSHEET_FALLBACK);
        }
    }
}
