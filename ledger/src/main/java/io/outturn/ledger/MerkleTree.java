package io.outturn.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The Merkle tree over aggregate heads that a checkpoint signs (the tree hash of RFC 6962, section 2.1):
 * <ul>
 *     <li>leaves: every head, sorted by aggregate identifier in Unicode code point order; a leaf's hash is
 *     SHA-256(0x00 || UTF-8 of "aggregate id \n sequence \n hash");</li>
 *     <li>each level pairs neighbours from the left, SHA-256(0x01 || left || right) over the raw 32-byte digests,
 *     and a last node without a neighbour moves up unchanged;</li>
 *     <li>the root is the single node left; with no leaves at all it is SHA-256 of nothing.</li>
 * </ul>
 */
public final class MerkleTree {

    static final Comparator<Head> LEAF_ORDER = Comparator.comparing(Head::aggregateId, CanonicalJson.CODE_POINT_ORDER);

    private MerkleTree() {
    }

    public static byte[] leafHash(Head head) {
        MessageDigest digest = Hashes.sha256();
        digest.update((byte) 0x00);
        digest.update((head.aggregateId() + '\n' + head.sequence() + '\n' + head.hash()).getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = Hashes.sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The root over {@code heads}, in any order: they are sorted first. */
    public static String root(Collection<Head> heads) {
        List<byte[]> level = leaves(sorted(heads));
        if (level.isEmpty()) {
            return Hashes.hex(Hashes.sha256().digest());
        }
        while (level.size() > 1) {
            level = up(level);
        }
        return Hashes.hex(level.get(0));
    }

    /** The path from {@code aggregateId}'s leaf to the root; the aggregate must be among {@code heads}. */
    public static InclusionProof proof(Collection<Head> heads, String aggregateId) {
        List<Head> leaves = sorted(heads);
        int index = -1;
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).aggregateId().equals(aggregateId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no head for " + aggregateId);
        }
        List<InclusionProof.Step> steps = new ArrayList<>();
        List<byte[]> level = leaves(leaves);
        int position = index;
        while (level.size() > 1) {
            int sibling = position ^ 1;
            if (sibling < level.size()) {
                steps.add(new InclusionProof.Step(
                        sibling < position ? InclusionProof.Side.LEFT : InclusionProof.Side.RIGHT,
                        Hashes.hex(level.get(sibling))));
            }
            level = up(level);
            position /= 2;
        }
        return new InclusionProof(leaves.get(index), index, leaves.size(), steps);
    }

    private static List<Head> sorted(Collection<Head> heads) {
        List<Head> sorted = new ArrayList<>(heads);
        sorted.sort(LEAF_ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).aggregateId().equals(sorted.get(i - 1).aggregateId())) {
                throw new IllegalArgumentException("two heads for " + sorted.get(i).aggregateId());
            }
        }
        return sorted;
    }

    private static List<byte[]> leaves(List<Head> heads) {
        List<byte[]> leaves = new ArrayList<>(heads.size());
        for (Head head : heads) {
            leaves.add(leafHash(head));
        }
        return leaves;
    }

    private static List<byte[]> up(List<byte[]> level) {
        List<byte[]> next = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i < level.size(); i += 2) {
            next.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
        }
        return next;
    }
}
