package io.outturn.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTest {

    /** RFC 8032, section 7.1, test 1: secret key, public key and the signature of the empty message. */
    private static final String RFC8032_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String RFC8032_SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
            + "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    /** The DER prefixes of RFC 8410: a PKCS#8 Ed25519 private key and an X.509 Ed25519 public key. */
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";
    private static final String X509_PREFIX = "302a300506032b6570032100";

    @Test
    void aPrivateKeyPemAsOpensslWritesItGivesItsPublicKeyAndSignsAsRfc8032Says() {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getEncoder().encodeToString(Hashes.unhex(PKCS8_PREFIX + RFC8032_SECRET))
                + "\n-----END PRIVATE KEY-----\n";

        KeyPair pair = SigningKeys.readPrivateKeyPem(pem);

        assertThat(Hashes.hex(pair.getPublic().getEncoded())).isEqualTo(X509_PREFIX + RFC8032_PUBLIC);
        assertThat(Hashes.hex(SigningKeys.sign(pair.getPrivate(), new byte[0]))).isEqualTo(RFC8032_SIGNATURE);
    }

    @Test
    void aGeneratedKeyWrittenAndReadBackIsTheSameKey() {
        KeyPair generated = SigningKeys.generate();

        KeyPair read = SigningKeys.readPrivateKeyPem(SigningKeys.privateKeyPem(generated.getPrivate()));

        assertThat(read.getPublic().getEncoded()).isEqualTo(generated.getPublic().getEncoded());
        byte[] message = "outturn".getBytes(StandardCharsets.UTF_8);
        assertThat(SigningKeys.verify(generated.getPublic().getEncoded(), message,
                SigningKeys.sign(read.getPrivate(), message))).isTrue();
    }

    @Test
    void aSignatureOfOtherBytesOrByAnotherKeyDoesNotVerify() {
        KeyPair key = SigningKeys.generate();
        byte[] signature = SigningKeys.sign(key.getPrivate(), "number:3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(SigningKeys.verify(key.getPublic().getEncoded(), "number:4\n".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(SigningKeys.verify(SigningKeys.generate().getPublic().getEncoded(),
                "number:3\n".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(SigningKeys.verify(new byte[3], new byte[0], signature)).isFalse();
    }

    @Test
    void theFingerprintIsTheSha256OfThePublicKeysDer() {
        KeyPair key = SigningKeys.generate();
        String pem = SigningKeys.publicKeyPem(key.getPublic().getEncoded());

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(SigningKeys.fingerprint(SigningKeys.readPublicKeyPem(pem)))
                .isEqualTo(Hashes.sha256Hex(key.getPublic().getEncoded()));
    }

    @Test
    void somethingElseThanAnEd25519PrivateKeyIsRefused() {
        assertThatThrownBy(() -> SigningKeys.readPrivateKeyPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRIVATE KEY");
        assertThatThrownBy(() -> SigningKeys.readPrivateKeyPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ed25519");
    }
}
