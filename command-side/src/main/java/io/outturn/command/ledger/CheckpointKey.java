package io.outturn.command.ledger;

import io.outturn.ledger.SigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Optional;

/**
 * The Ed25519 key that signs checkpoints, read at start-up from {@code outturn.ledger.signing-key}, or made there
 * on the first start when {@code outturn.ledger.create-signing-key} is set (readable by its owner only). Its
 * public key's fingerprint is what a council publishes, so that anyone can tell its checkpoints from forgeries;
 * it is logged at every start. Without a configured key the ledger still chains every event, but takes no
 * checkpoint.
 */
public final class CheckpointKey {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);

    private final Path file;
    private final KeyPair keyPair;

    private CheckpointKey(Path file, KeyPair keyPair) {
        this.file = file;
        this.keyPair = keyPair;
    }

    static CheckpointKey load(LedgerProperties properties) {
        Path file = properties.signingKey();
        if (file == null) {
            log.warn("No outturn.ledger.signing-key is configured: events are hashed and chained, but no checkpoint "
                    + "of the ledger will be signed");
            return new CheckpointKey(null, null);
        }
        try {
            if (!Files.exists(file) && properties.createSigningKey()) {
                create(file);
            }
            KeyPair keyPair = SigningKeys.readPrivateKeyPem(Files.readString(file, StandardCharsets.US_ASCII));
            CheckpointKey key = new CheckpointKey(file, keyPair);
            log.info("Ledger checkpoints are signed with the key in {}; its public key's fingerprint is {}",
                    file.toAbsolutePath(), key.fingerprint().orElseThrow());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger signing key " + file.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("outturn.ledger.signing-key " + file.toAbsolutePath()
                    + " is not an Ed25519 private key in PKCS#8 PEM: " + e.getMessage(), e);
        }
    }

    /** Written in full under another name and then moved in place, so that no one ever reads half a key. */
    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".signing-key", ".partial");
        try {
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Cannot restrict {} to its owner on this file system", file.toAbsolutePath());
            }
            KeyPair created = SigningKeys.generate();
            Files.writeString(partial, SigningKeys.privateKeyPem(created.getPrivate()), StandardCharsets.US_ASCII);
            Files.move(partial, file);
            log.info("Created the ledger signing key {}; keep it safe and keep a copy: checkpoints signed with it "
                    + "can only be checked against its public key", file.toAbsolutePath());
        } catch (FileAlreadyExistsException madeMeanwhile) {
            log.info("The ledger signing key {} was created by another instance meanwhile; using it", file.toAbsolutePath());
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public boolean configured() {
        return keyPair != null;
    }

    /** The public key's fingerprint (SHA-256 of its DER, hex); empty when no key is configured. */
    public Optional<String> fingerprint() {
        return Optional.ofNullable(keyPair).map(pair -> SigningKeys.fingerprint(pair.getPublic().getEncoded()));
    }

    /** Where the key is kept; empty when no key is configured. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    Optional<KeyPair> keyPair() {
        return Optional.ofNullable(keyPair);
    }
}
