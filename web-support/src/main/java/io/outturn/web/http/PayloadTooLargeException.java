package io.outturn.web.http;

import io.outturn.web.problem.ErrorCode;

/** A request body past its size limit: 413. */
public class PayloadTooLargeException extends RequestBodyRefusedException {

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.PAYLOAD_TOO_LARGE;
    }
}
