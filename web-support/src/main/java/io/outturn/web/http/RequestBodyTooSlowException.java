package io.outturn.web.http;

import io.outturn.web.problem.ErrorCode;

import java.time.Duration;

/** A request body that has taken longer than its time limit to arrive, or has stopped arriving: 408. */
public class RequestBodyTooSlowException extends RequestBodyRefusedException {

    public RequestBodyTooSlowException(Duration limit) {
        super("The request body did not arrive within " + limit.toMillis() + " ms");
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.REQUEST_TIMEOUT;
    }
}
