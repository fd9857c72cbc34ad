package io.outturn.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PackVerifierTest {

    @Test
    void anUntouchedPackIsIntact() {
        Map<String, byte[]> pack = Packs.ni130();

        PackReport report = PackVerifier.verify(pack, null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(pack).containsKeys("ALGORITHM.txt", "events/00000001.txt", "events/00000004.txt")
                .doesNotContainKeys("events/00000000.txt", "events/00000005.txt");
        assertThat(report.facts()).anySatisfy(fact -> assertThat(fact).startsWith("events: 4 of 4"))
                .anySatisfy(fact -> assertThat(fact).isEqualTo("chain: sequences 0 to 5 link from the genesis"))
                .anySatisfy(fact -> assertThat(fact).contains("covers 3 aggregates"));
    }

    @Test
    void oneAlteredLineOfAnEventIsAHashMismatchAtItsSequence() {
        Map<String, byte[]> pack = Packs.ni130();
        String metadata = Packs.line(pack, "events/00000002.txt", 8);

        PackReport report = PackVerifier.verify(Packs.alterLine(pack, "events/00000002.txt", 8,
                metadata.replace("\"actor\":\"manager\"", "\"actor\":\"admin\"")), null);

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(finding -> {
            assertThat(finding.aggregateId()).isEqualTo("NI130");
            assertThat(finding.sequence()).isEqualTo(2);
            assertThat(finding.problem()).isEqualTo("hash mismatch");
            assertThat(finding.toString()).startsWith("NI130 sequence 2: hash mismatch: events/00000002.txt hashes to ");
        });
    }

    @Test
    void aChainLineRewrittenToMatchAnAlteredEventBreaksTheLinkAfterIt() {
        Map<String, byte[]> pack = Packs.ni130();
        Map<String, byte[]> altered = Packs.alterLine(pack, "events/00000003.txt", 10,
                Packs.line(pack, "events/00000003.txt", 10).replace("12003", "12300"));
        String newHash = Hashes.sha256Hex(altered.get("events/00000003.txt"));
        String[] link = Packs.line(pack, "chain.txt", 4).split(" ");

        PackReport report = PackVerifier.verify(Packs.alterLine(altered, "chain.txt", 4,
                link[0] + " " + link[1] + " " + newHash), null);

        assertThat(report.problems()).extracting(Object::toString)
                .anySatisfy(text -> assertThat(text).startsWith("NI130 sequence 4: previous mismatch: chain.txt names"));
    }

    @Test
    void anEventLeftOutOfThePackIsMissing() {
        Map<String, byte[]> pack = new LinkedHashMap<>(Packs.ni130());
        pack.remove("events/00000003.txt");

        assertThat(PackVerifier.verify(pack, null).problems()).extracting(Object::toString)
                .containsExactly("NI130 sequence 3: missing: pack.txt lists sequences 1 to 4, but events/00000003.txt is not in the pack");
    }

    @Test
    void aChainCutShortOfTheCoveredHeadIsMissingItsEnd() {
        Map<String, byte[]> pack = Packs.ni130();
        Map<String, byte[]> cut = Packs.alterLine(pack, "chain.txt", 6, "");

        assertThat(PackVerifier.verify(cut, null).problems()).extracting(Object::toString)
                .contains("NI130 sequence 5: missing: chain.txt ends at sequence 4, but the checkpoint covers sequence 5");
    }

    @Test
    void anAlteredCheckpointNoLongerVerifies() {
        Map<String, byte[]> pack = Packs.ni130();

        PackReport report = PackVerifier.verify(Packs.alterLine(pack, "checkpoint.txt", 3,
                "time:2012-07-20T11:00:00.001Z"), null);

        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "NI130: checkpoint invalid: the signature in checkpoint.sig does not verify checkpoint.txt with public-key.pem");
    }

    @Test
    void anotherKeyThanTheOnePublishedIsRefused() {
        PackReport report = PackVerifier.verify(Packs.ni130(), "0".repeat(64));

        assertThat(report.problems()).singleElement()
                .satisfies(finding -> assertThat(finding.detail()).endsWith("not by the expected " + "0".repeat(64)));
        assertThat(PackVerifier.verify(Packs.ni130(),
                SigningKeys.fingerprint(Checkpoints.KEY.getPublic().getEncoded())).intact()).isTrue();
    }

    @Test
    void aPackOfAStoreWhoseEventWasChangedNamesTheChangedEvent() {
        List<StoredEvent> events = new ArrayList<>(Events.ni130(6));
        List<StoredEvent> checkpointed = List.copyOf(events);
        AuditPack honest = Packs.pack(checkpointed, null, null);
        events.set(1, Events.withPayload(events.get(1), Events.payload(1).replace("12001", "12011")));
        AuditPack afterTampering = AuditPack.of("NI130", null, null, events, honest.checkpoint(),
                Checkpoints.headsOf(withOthers(checkpointed)).values());

        assertThat(PackVerifier.verify(Packs.entries(afterTampering), null).problems()).extracting(Object::toString)
                .singleElement().satisfies(text -> assertThat(text).startsWith("NI130 sequence 1: hash mismatch"));
    }

    private static List<StoredEvent> withOthers(List<StoredEvent> ni130) {
        List<StoredEvent> all = new ArrayList<>(ni130);
        all.addAll(Events.chain("NI131", 2));
        all.addAll(Events.chain("NI132", 3));
        return all;
    }
}
