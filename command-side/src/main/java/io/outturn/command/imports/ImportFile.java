package io.outturn.command.imports;

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

    /** The reason recorded on every revision an import makes. */
    static final String REASON = "import";

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
