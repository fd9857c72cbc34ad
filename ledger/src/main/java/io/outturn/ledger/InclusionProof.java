package io.outturn.ledger;

import java.util.List;

/**
 * That one head is a leaf of a checkpoint's tree: the leaf, its place among {@code size} leaves, and the sibling
 * hashes from the leaf up. Folding them gives the root: for a {@link Side#LEFT} sibling the node is
 * SHA-256(0x01 || sibling || current), for a {@link Side#RIGHT} one SHA-256(0x01 || current || sibling).
 */
public record InclusionProof(Head leaf, int index, int size, List<Step> steps) {

    public InclusionProof {
        steps = List.copyOf(steps);
    }

    public enum Side { LEFT, RIGHT }

    public record Step(Side side, String hash) {
    }

    /** The root these steps lead to from the leaf. */
    public String root() {
        byte[] current = MerkleTree.leafHash(leaf);
        for (Step step : steps) {
            byte[] sibling = Hashes.unhex(step.hash());
            current = step.side() == Side.LEFT ? MerkleTree.node(sibling, current) : MerkleTree.node(current, sibling);
        }
        return Hashes.hex(current);
    }
}
