package io.outturn.ledger;

import org.axonframework.serialization.Revision;

import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * A checkpoint of the ledger was taken and signed. Stored as an event of the stream {@link Ledger#CHECKPOINTS},
 * which is hash-chained like any aggregate, so checkpoints survive restarts wherever the events do (the H2 file,
 * Axon Server). It carries only the heads that changed since the previous checkpoint: the heads a checkpoint
 * covers are those of every checkpoint before it, updated by its own, so the stream grows with the changes made,
 * not with the number of aggregates.
 *
 * @param publicKey base64 of the signing key's X.509 SubjectPublicKeyInfo
 * @param signature base64 of the Ed25519 signature of {@link #statement()}'s text
 * @param changed   the heads that differ from the previous checkpoint's, sorted by aggregate
 */
@Revision("1")
public record CheckpointSignedEvent(
        long number,
        Instant time,
        long storePosition,
        int aggregates,
        String root,
        String previous,
        String publicKey,
        String signature,
        List<Head> changed) {

    public CheckpointSignedEvent {
        changed = changed == null ? List.of() : List.copyOf(changed);
    }

    /**
     * Takes a checkpoint: the root over {@code covered} (every head), the statement, and its signature.
     *
     * @param previous the hash of the previous checkpoint's statement, or {@link Ledger#GENESIS}
     * @param changed  the heads that differ from the previous checkpoint's
     */
    public static CheckpointSignedEvent sign(long number, Instant time, long storePosition, Collection<Head> covered,
                                             String previous, Collection<Head> changed, KeyPair key) {
        Instant at = time.truncatedTo(ChronoUnit.MILLIS);
        byte[] publicKey = key.getPublic().getEncoded();
        CheckpointStatement statement = new CheckpointStatement(number, at, storePosition, covered.size(),
                MerkleTree.root(covered), previous, SigningKeys.fingerprint(publicKey));
        byte[] signature = SigningKeys.sign(key.getPrivate(), statement.bytes());
        List<Head> sorted = new ArrayList<>(changed);
        sorted.sort(MerkleTree.LEAF_ORDER);
        return new CheckpointSignedEvent(number, at, storePosition, statement.aggregates(), statement.root(), previous,
                Base64.getEncoder().encodeToString(publicKey), Base64.getEncoder().encodeToString(signature), sorted);
    }

    public CheckpointStatement statement() {
        return new CheckpointStatement(number, time, storePosition, aggregates, root, previous,
                SigningKeys.fingerprint(publicKeyDer()));
    }

    public byte[] publicKeyDer() {
        return Base64.getDecoder().decode(publicKey);
    }

    public byte[] signatureBytes() {
        return Base64.getDecoder().decode(signature);
    }

    public boolean signatureValid() {
        try {
            return SigningKeys.verify(publicKeyDer(), statement().bytes(), signatureBytes());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
