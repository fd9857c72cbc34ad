package io.outturn.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalFormTest {

    private static final StoredEvent NI130_TARGET = new StoredEvent("NI130", 1, "io.outturn.events.TargetSetEvent",
            "1", Instant.parse("2011-04-01T09:00:00.123456789Z"),
            Map.of("actor", "manager", "source", "api", "correlationId", "plan-2011-14-load",
                    "reason", "Cabinet agreed \"12,000\"\nafter the Q1 review"),
            "{\"target\":12000}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theCanonicalFormIsTheDocumentedLinesThenThePayloadAsStored() {
        String form = new String(CanonicalForm.of(Ledger.GENESIS, NI130_TARGET), StandardCharsets.UTF_8);

        assertThat(form).isEqualTo("""
                outturn-ledger-event/1
                previous:0000000000000000000000000000000000000000000000000000000000000000
                aggregate:NI130
                sequence:1
                type:io.outturn.events.TargetSetEvent
                revision:1
                timestamp:2011-04-01T09:00:00.123Z
                metadata:{"actor":"manager","correlationId":"plan-2011-14-load","reason":"Cabinet agreed \\"12,000\\"\\nafter the Q1 review","source":"api"}
                payload:16
                {"target":12000}""");
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalForm() {
        assertThat(CanonicalForm.hash(Ledger.GENESIS, NI130_TARGET))
                .isEqualTo(Hashes.sha256Hex(CanonicalForm.of(Ledger.GENESIS, NI130_TARGET)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void theLedgersOwnMetadataIsLeftOutSoThatAddingTheHashDoesNotChangeIt() {
        StoredEvent stored = Events.hashed(NI130_TARGET, Ledger.GENESIS);

        assertThat(CanonicalForm.of(Ledger.GENESIS, stored)).isEqualTo(CanonicalForm.of(Ledger.GENESIS, NI130_TARGET));
        assertThat(stored.storedHash()).isEqualTo(CanonicalForm.hash(Ledger.GENESIS, NI130_TARGET));
    }

    @Test
    void timestampsAreHashedAtTheMillisecondBothStoresKeep() {
        StoredEvent readBack = new StoredEvent("NI130", 1, NI130_TARGET.type(), "1",
                Instant.parse("2011-04-01T09:00:00.123Z"), NI130_TARGET.metadata(), NI130_TARGET.payload());

        assertThat(CanonicalForm.hash(Ledger.GENESIS, readBack)).isEqualTo(CanonicalForm.hash(Ledger.GENESIS, NI130_TARGET));
    }

    @Test
    void everyPartIsCoveredSoChangingAnyOneChangesTheHash() {
        String hash = CanonicalForm.hash(Ledger.GENESIS, NI130_TARGET);
        Map<String, Object> otherActor = new HashMap<>(NI130_TARGET.metadata());
        otherActor.put("actor", "admin");

        assertThat(new String[]{
                CanonicalForm.hash("1".repeat(64), NI130_TARGET),
                CanonicalForm.hash(Ledger.GENESIS, new StoredEvent("NI131", 1, NI130_TARGET.type(), "1",
                        NI130_TARGET.timestamp(), NI130_TARGET.metadata(), NI130_TARGET.payload())),
                CanonicalForm.hash(Ledger.GENESIS, Events.withSequence(NI130_TARGET, 2)),
                CanonicalForm.hash(Ledger.GENESIS, new StoredEvent("NI130", 1, "io.outturn.events.TargetWithdrawnEvent",
                        "1", NI130_TARGET.timestamp(), NI130_TARGET.metadata(), NI130_TARGET.payload())),
                CanonicalForm.hash(Ledger.GENESIS, new StoredEvent("NI130", 1, NI130_TARGET.type(), "2",
                        NI130_TARGET.timestamp(), NI130_TARGET.metadata(), NI130_TARGET.payload())),
                CanonicalForm.hash(Ledger.GENESIS, new StoredEvent("NI130", 1, NI130_TARGET.type(), "1",
                        NI130_TARGET.timestamp().plusMillis(1), NI130_TARGET.metadata(), NI130_TARGET.payload())),
                CanonicalForm.hash(Ledger.GENESIS, new StoredEvent("NI130", 1, NI130_TARGET.type(), "1",
                        NI130_TARGET.timestamp(), otherActor, NI130_TARGET.payload())),
                CanonicalForm.hash(Ledger.GENESIS, Events.withPayload(NI130_TARGET, "{\"target\":12001}"))})
                .doesNotContain(hash)
                .doesNotHaveDuplicates();
    }

    @Test
    void aMissingRevisionIsWrittenAsNothing() {
        StoredEvent noRevision = new StoredEvent("NI130", 0, "io.outturn.events.IndicatorDefinedEvent", null,
                NI130_TARGET.timestamp(), Map.of(), new byte[0]);
        StoredEvent emptyRevision = new StoredEvent("NI130", 0, "io.outturn.events.IndicatorDefinedEvent", "",
                NI130_TARGET.timestamp(), Map.of(), new byte[0]);

        assertThat(new String(CanonicalForm.of(Ledger.GENESIS, noRevision), StandardCharsets.UTF_8))
                .contains("\nrevision:\n").contains("\nmetadata:{}\n").endsWith("\npayload:0\n");
        assertThat(CanonicalForm.hash(Ledger.GENESIS, noRevision)).isEqualTo(CanonicalForm.hash(Ledger.GENESIS, emptyRevision));
    }

    @Test
    void metadataValuesAreEscapedAsJsonCanonicalizationEscapesThem() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("é", "tab\there\u0001 / \u007f \u2028 £");
        metadata.put("b", null);
        metadata.put("a", 42);

        assertThat(CanonicalJson.metadata(metadata))
                .isEqualTo("{\"a\":\"42\",\"b\":null,\"é\":\"tab\\there\\u0001 / \u007f \u2028 £\"}");
    }

    @Test
    void aCanonicalFormReadsBackIntoItsParts() {
        CanonicalForm.Parsed parsed = CanonicalForm.parse(CanonicalForm.of("ab".repeat(32), NI130_TARGET));

        assertThat(parsed.previous()).isEqualTo("ab".repeat(32));
        assertThat(parsed.aggregateId()).isEqualTo("NI130");
        assertThat(parsed.sequence()).isEqualTo(1);
        assertThat(parsed.timestamp()).isEqualTo("2011-04-01T09:00:00.123Z");
        assertThat(new String(parsed.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"target\":12000}");
    }

    @Test
    void aFormWhosePayloadIsLongerOrShorterThanDeclaredIsRefused() {
        byte[] form = CanonicalForm.of(Ledger.GENESIS, NI130_TARGET);
        byte[] longer = java.util.Arrays.copyOf(form, form.length + 1);
        longer[form.length] = ' ';

        assertThatThrownBy(() -> CanonicalForm.parse(longer)).hasMessageContaining("declares 16 bytes but 17 follow");
    }
}
