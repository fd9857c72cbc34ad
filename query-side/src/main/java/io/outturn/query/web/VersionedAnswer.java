package io.outturn.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;

/**
 * How a versioned document (a status card, a savings programme) is answered: with its version as the
 * {@code ETag}; 304 when the client's {@code If-None-Match} already names that version; and marked
 * {@code Outturn-Stale: true} when it is short of the version the client waited for.
 */
public final class VersionedAnswer {

    public static final String STALE_HEADER = "Outturn-Stale";

    private VersionedAnswer() {
    }

    public static <V> ResponseEntity<V> of(V document, long version, String ifNoneMatch, boolean stale) {
        String etag = "\"" + version + "\"";
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().eTag(etag);
        if (stale) {
            response.header(STALE_HEADER, "true");
        }
        return response.body(document);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }
}
