package io.outturn.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys and signatures as the ledger uses them, with nothing but the JDK. A private key is kept as a PKCS#8
 * PEM file ({@code -----BEGIN PRIVATE KEY-----}, as {@code openssl genpkey -algorithm ed25519} writes it); a public
 * key travels as its X.509 SubjectPublicKeyInfo (DER, 44 bytes), and its fingerprint is the lower-case hex SHA-256
 * of that DER.
 */
public final class SigningKeys {

    public static final String ALGORITHM = "Ed25519";

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot make Ed25519 keys", e);
        }
    }

    /**
     * The key pair of a PKCS#8 PEM private key. The JDK has no call that derives an Ed25519 public key from its
     * private key, but its key pair generator derives the public key from the 32 bytes it draws: given exactly
     * the private key's bytes to draw, it makes the pair this private key belongs to.
     */
    public static KeyPair readPrivateKeyPem(String pem) {
        byte[] der = pemBody(pem, "PRIVATE KEY");
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("the private key does not reveal its bytes"));
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            KeyPair pair = generator.generateKeyPair();
            return new KeyPair(pair.getPublic(), privateKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8: " + e.getMessage(), e);
        }
    }

    public static String privateKeyPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String publicKeyPem(byte[] publicKeyDer) {
        return pem("PUBLIC KEY", publicKeyDer);
    }

    /** The DER of a {@code -----BEGIN PUBLIC KEY-----} block. */
    public static byte[] readPublicKeyPem(String pem) {
        return pemBody(pem, "PUBLIC KEY");
    }

    public static String fingerprint(byte[] publicKeyDer) {
        return Hashes.sha256Hex(publicKeyDer);
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with the ledger key", e);
        }
    }

    /** Whether {@code signature} is {@code publicKeyDer}'s signature of {@code message}; false for any malformed input. */
    public static boolean verify(byte[] publicKeyDer, byte[] message, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKeyDer));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] pemBody(String pem, String label) {
        Matcher matcher = PEM.matcher(pem == null ? "" : pem);
        while (matcher.find()) {
            if (matcher.group(1).equals(label)) {
                return Base64.getMimeDecoder().decode(matcher.group(2));
            }
        }
        throw new IllegalArgumentException("no -----BEGIN " + label + "----- block");
    }

    /** A random source that yields the given bytes once: how a key pair is made from a known private key. */
    private static final class FixedBytes extends SecureRandom {

        private final byte[] bytes;
        private boolean drawn;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] into) {
            if (drawn || into.length != bytes.length) {
                throw new IllegalStateException("the key pair generator drew more than the private key's bytes");
            }
            System.arraycopy(bytes, 0, into, 0, into.length);
            drawn = true;
        }
    }
}
