package io.outturn.command.api;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Requests as the API's users send them: the demo users of the tests, JSON bodies. */
final class ApiCalls {

    private ApiCalls() {
    }

    static MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
        return as("manager", request);
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
