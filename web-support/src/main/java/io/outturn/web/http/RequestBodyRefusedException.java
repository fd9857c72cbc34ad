package io.outturn.web.http;

import io.outturn.web.problem.ErrorCode;

import java.io.IOException;

/**
 * Raised while a request body is read, when the body breaks a limit of {@link RequestBodyLimitFilter}: too large, or
 * too slow to arrive. An {@link IOException} so that it travels unchanged through whatever reads the stream
 * (Jackson, a CSV reader) until the filter or the advice turns it into a problem document with its {@link #code()}.
 */
public abstract class RequestBodyRefusedException extends IOException {

    protected RequestBodyRefusedException(String message) {
        super(message);
    }

    public abstract ErrorCode code();
}
