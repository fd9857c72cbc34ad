package io.outturn.command.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the command side keeps the ledger.
 *
 * @param signingKey         the Ed25519 private key (PKCS#8 PEM) that signs checkpoints; without one, events are
 *                           still hashed and chained, but no checkpoint is taken
 * @param createSigningKey   make the key file when it does not exist yet (standalone does, in its data directory)
 * @param checkpointInterval how often a checkpoint is taken when anything changed since the last; 0 for only on
 *                           demand
 * @param headCacheEntries   aggregates whose newest hash is kept in memory, so that hashing a command's events
 *                           reads nothing from the event store; 0 reads the previous event every time
 */
@ConfigurationProperties("outturn.ledger")
public record LedgerProperties(
        Path signingKey,
        @DefaultValue("false") boolean createSigningKey,
        @DefaultValue("PT1H") Duration checkpointInterval,
        @DefaultValue("10000") int headCacheEntries) {

    public LedgerProperties {
        if (checkpointInterval.isNegative()) {
            throw new IllegalArgumentException("outturn.ledger.checkpoint-interval must be 0 (off) or positive, not "
                    + checkpointInterval);
        }
        if (headCacheEntries < 0) {
            throw new IllegalArgumentException("outturn.ledger.head-cache-entries must be 0 (off) or positive, not "
                    + headCacheEntries);
        }
    }

    boolean periodic() {
        return !checkpointInterval.isZero();
    }
}
