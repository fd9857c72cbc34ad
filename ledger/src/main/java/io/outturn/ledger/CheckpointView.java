package io.outturn.ledger;

import java.util.Base64;

/**
 * A checkpoint as the API shows it, and as a council publishes it on its transparency page: the statement's fields,
 * the statement itself (the exact text signed), its signature and the public key, so that anyone can check it with
 * any Ed25519 implementation.
 */
public record CheckpointView(
        long number,
        String time,
        long storePosition,
        int aggregates,
        String root,
        String previous,
        String keyFingerprint,
        String publicKey,
        String statement,
        String statementHash,
        String signature) {

    public static CheckpointView of(CheckpointSignedEvent checkpoint) {
        CheckpointStatement statement = checkpoint.statement();
        return new CheckpointView(checkpoint.number(), Timestamps.format(checkpoint.time()),
                checkpoint.storePosition(), checkpoint.aggregates(), checkpoint.root(), checkpoint.previous(),
                statement.keyFingerprint(), SigningKeys.publicKeyPem(checkpoint.publicKeyDer()), statement.text(),
                statement.hash(), Base64.getEncoder().encodeToString(checkpoint.signatureBytes()));
    }
}
