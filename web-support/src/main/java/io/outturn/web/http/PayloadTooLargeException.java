package io.outturn.web.http;

import java.io.IOException;

/**
 * Raised while a request body is read once it passes its limit. An {@link IOException} so that it travels
 * unchanged through whatever reads the stream (Jackson, a CSV reader) until a filter or the advice turns it
 * into a 413 problem.
 */
public class PayloadTooLargeException extends IOException {

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
