package io.outturn.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, written as lower-case hex: the only digest the ledger uses. */
public final class Hashes {

    private static final HexFormat HEX = HexFormat.of();
    /** Cloned for each use: cheaper than looking the algorithm up among the security providers every time. */
    private static final MessageDigest SHA_256 = lookUp();

    private Hashes() {
    }

    public static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(sha256().digest(bytes));
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** The bytes of a hex string; throws {@link IllegalArgumentException} on anything else. */
    public static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    /** Whether {@code text} is a SHA-256 written as the ledger writes it: 64 lower-case hex digits. */
    public static boolean isHash(String text) {
        return text != null && text.length() == 64 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
