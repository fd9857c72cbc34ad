package io.outturn.command.api;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the version a client last saw from {@code If-Match}: {@code "3"}, also {@code W/"3"} and a bare
 * {@code 3}; {@code *} or no header means "whatever is current". Anything else is a bad request rather than
 * being ignored, since ignoring it would silently turn a guarded write into an unguarded one.
 */
final class IfMatch {

    static final String HEADER = "If-Match";

    private static final Pattern VERSION = Pattern.compile("(?:W/)?(\"?)(\\d{1,18})\\1");

    private IfMatch() {
    }

    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.strip());
        if (!matcher.matches()) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, HEADER,
                    "If-Match must be one version as given in the ETag, such as \"3\", not " + header.strip());
        }
        return Long.parseLong(matcher.group(2));
    }
}
