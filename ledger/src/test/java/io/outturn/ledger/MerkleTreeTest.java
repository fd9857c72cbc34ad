package io.outturn.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MerkleTreeTest {

    @Test
    void theRootIsRfc6962sTreeHashForEveryNumberOfLeaves() {
        for (int n = 0; n <= 17; n++) {
            List<Head> heads = heads(n);

            assertThat(MerkleTree.root(heads)).as(n + " leaves").isEqualTo(Hashes.hex(rfc6962(sortedLeaves(heads))));
        }
    }

    @Test
    void theRootDoesNotDependOnTheOrderTheHeadsComeIn() {
        List<Head> heads = heads(9);
        List<Head> shuffled = new ArrayList<>(heads);
        Collections.reverse(shuffled);

        assertThat(MerkleTree.root(shuffled)).isEqualTo(MerkleTree.root(heads));
    }

    @Test
    void everyLeafsProofLeadsToTheRoot() {
        for (int n = 1; n <= 17; n++) {
            List<Head> heads = heads(n);
            for (Head head : heads) {
                InclusionProof proof = MerkleTree.proof(heads, head.aggregateId());

                assertThat(proof.leaf()).isEqualTo(head);
                assertThat(proof.size()).isEqualTo(n);
                assertThat(proof.root()).as(head.aggregateId() + " of " + n).isEqualTo(MerkleTree.root(heads));
            }
        }
    }

    @Test
    void aProofForAnotherHashOfTheSameAggregateLeadsElsewhere() {
        List<Head> heads = heads(5);
        InclusionProof proof = MerkleTree.proof(heads, "NI132");
        InclusionProof forged = new InclusionProof(new Head("NI132", proof.leaf().sequence(), "f".repeat(64)),
                proof.index(), proof.size(), proof.steps());

        assertThat(forged.root()).isNotEqualTo(MerkleTree.root(heads));
    }

    @Test
    void leavesAreSortedByTheirIdentifiersCodePoints() {
        List<Head> heads = List.of(head("ni130", 0), head("NI130", 0), head("NI-130", 0));

        assertThat(MerkleTree.proof(heads, "NI-130").index()).isZero();
        assertThat(MerkleTree.proof(heads, "NI130").index()).isEqualTo(1);
        assertThat(MerkleTree.proof(heads, "ni130").index()).isEqualTo(2);
    }

    private static List<Head> heads(int n) {
        List<Head> heads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            heads.add(head("NI" + (130 + i), i));
        }
        return heads;
    }

    private static Head head(String aggregateId, long sequence) {
        return new Head(aggregateId, sequence, Hashes.sha256Hex(aggregateId + sequence));
    }

    private static List<byte[]> sortedLeaves(List<Head> heads) {
        List<Head> sorted = new ArrayList<>(heads);
        sorted.sort((a, b) -> a.aggregateId().compareTo(b.aggregateId()));
        List<byte[]> leaves = new ArrayList<>();
        for (Head head : sorted) {
            leaves.add((head.aggregateId() + "\n" + head.sequence() + "\n" + head.hash()).getBytes(StandardCharsets.UTF_8));
        }
        return leaves;
    }

    /** RFC 6962, section 2.1, written as the RFC writes it: split at the largest power of two below n. */
    private static byte[] rfc6962(List<byte[]> data) {
        MessageDigest sha = Hashes.sha256();
        if (data.isEmpty()) {
            return sha.digest();
        }
        if (data.size() == 1) {
            sha.update((byte) 0);
            return sha.digest(data.get(0));
        }
        int k = Integer.highestOneBit(data.size() - 1);
        sha.update((byte) 1);
        sha.update(rfc6962(data.subList(0, k)));
        sha.update(rfc6962(data.subList(k, data.size())));
        return sha.digest();
    }
}
