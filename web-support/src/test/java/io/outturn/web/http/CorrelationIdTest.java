package io.outturn.web.http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CorrelationIdTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSaneCorrelationIdIsEchoed() throws Exception {
        mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer"))
                        .header("X-Correlation-Id", "dashboard-7f3a.2012-07-20"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Correlation-Id", "dashboard-7f3a.2012-07-20"));
    }

    @Test
    void anUnauthenticatedRequestIsAlsoGivenItsCorrelationId() throws Exception {
        mvc.perform(get("/api/sample/status").header("X-Correlation-Id", "probe-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Correlation-Id", "probe-1"));
    }

    @Test
    void anInsaneCorrelationIdIsReplacedByAFreshOne() throws Exception {
        String offered = "x\r\nSet-Cookie: evil=1";
        String answered = mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer"))
                        .header("X-Correlation-Id", offered))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Correlation-Id");
        assertThat(answered).isNotBlank().isNotEqualTo(offered).matches("[A-Za-z0-9-]+");
    }

    @Test
    void aRequestWithoutACorrelationIdIsGivenOne() throws Exception {
        String first = mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer")))
                .andReturn().getResponse().getHeader("X-Correlation-Id");
        String second = mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer")))
                .andReturn().getResponse().getHeader("X-Correlation-Id");
        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
    }

    @Test
    void overlongCorrelationIdsAreNotTrusted() {
        assertThat(CorrelationIdFilter.saneOrNew("a".repeat(64))).isEqualTo("a".repeat(64));
        assertThat(CorrelationIdFilter.saneOrNew("a".repeat(65))).isNotEqualTo("a".repeat(65));
    }
}
