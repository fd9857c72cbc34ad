package io.outturn.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The metadata line of the canonical form: one JSON object, no whitespace, keys in Unicode code point order (the
 * order of their UTF-8 bytes), the ledger's own keys left out, every value a JSON string of its text (Outturn
 * writes only strings) or {@code null}. Strings are escaped as RFC 8785 (JSON canonicalization) escapes them:
 * {@code "} and {@code \} with a backslash, U+0008, U+0009, U+000A, U+000C, U+000D as {@code \b \t \n \f \r}, the
 * other characters below U+0020 as {@code \}{@code u00xx} in lower-case hex, everything else as it is, in UTF-8.
 * Python's {@code json.dumps(m, ensure_ascii=False, sort_keys=True, separators=(",", ":"))} writes the same text.
 */
public final class CanonicalJson {

    /**
     * Unicode code point order, which is also the order of the strings' UTF-8 bytes (Java's own string order,
     * by UTF-16 unit, differs from it only beyond U+FFFF).
     */
    public static final Comparator<String> CODE_POINT_ORDER = CanonicalJson::compareCodePoints;

    private CanonicalJson() {
    }

    public static String metadata(Map<String, ?> metadata) {
        List<String> keys = new ArrayList<>();
        for (String key : metadata.keySet()) {
            if (!key.startsWith(Ledger.RESERVED_PREFIX)) {
                keys.add(key);
            }
        }
        keys.sort(CODE_POINT_ORDER);
        StringBuilder json = new StringBuilder(64 + 32 * keys.size()).append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, keys.get(i));
            json.append(':');
            Object value = metadata.get(keys.get(i));
            if (value == null) {
                json.append("null");
            } else {
                string(json, value.toString());
            }
        }
        return json.append('}').toString();
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\t' -> json.append("\\t");
                case '\n' -> json.append("\\n");
                case '\f' -> json.append("\\f");
                case '\r' -> json.append("\\r");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
