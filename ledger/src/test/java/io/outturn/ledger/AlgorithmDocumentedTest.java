package io.outturn.ledger;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a pack tells an auditor and what docs/ledger.md tells a reader are one text: they cannot drift apart. */
class AlgorithmDocumentedTest {

    @Test
    void docsLedgerMdRepeatsThePacksAlgorithmWordForWord() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "ledger.md"));

        assertThat(docs).contains("```text\n" + AuditPack.algorithm() + "```\n");
    }
}
