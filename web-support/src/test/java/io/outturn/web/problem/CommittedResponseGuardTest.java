package io.outturn.web.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommittedResponseGuardTest {

    private final CommittedResponseGuard guard = new CommittedResponseGuard();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/indicators");

    @Test
    void aFailureBeforeTheAnswerHasBegunIsLeftToTheProblemMapping() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(guard.resolveException(request, response, null, new IllegalStateException("cursor failed")))
                .isNull();
    }

    @Test
    void aFailureAfterTheAnswerHasBegunIsPassedToTheContainerToCloseTheConnection() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setCommitted(true);

        assertThatThrownBy(() -> guard.resolveException(request, response, null,
                new IllegalStateException("cursor failed")))
                .isInstanceOf(CommittedResponseGuard.AnswerCutShortException.class);
    }

    /**
     * Tomcat answers 408 itself when a body stops arriving, which makes the response look begun: the unread body is
     * still answered as a timeout through the error page, not cut short (SlowBodyTest failed now and then with 500).
     */
    @Test
    void aBodyThatCouldNotBeReadIsNotTakenForAnAnswerCutShort() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setCommitted(true);
        HttpMessageNotReadableException unread = new HttpMessageNotReadableException("I/O error while reading input message",
                new IOException(new SocketTimeoutException()), new MockHttpInputMessage(new byte[0]));

        assertThat(guard.resolveException(request, response, null, unread)).isNull();
    }
}
