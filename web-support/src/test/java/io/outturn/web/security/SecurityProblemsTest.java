package io.outturn.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability
class SecurityProblemsTest {

    private static final String SAMPLE_COMMAND = """
            {"id": "NI130", "title": "No of people on a personal budget", "unit": "COUNT"}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void aRequestWithoutCredentialsIsAnsweredWithAnUnauthenticatedProblemAndABasicChallenge() throws Exception {
        mvc.perform(get("/api/sample/status"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("https://outturn.io/problems/unauthenticated"))
                .andExpect(jsonPath("$.instance").value("/api/sample/status"));
    }

    @Test
    void aWrongPasswordIsUnauthenticated() throws Exception {
        mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void aViewerSendingACommandIsForbiddenWithAProblem() throws Exception {
        mvc.perform(post("/api/sample/commands").with(httpBasic("viewer", "viewer"))
                        .contentType(MediaType.APPLICATION_JSON).content(SAMPLE_COMMAND))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anAuditorCannotSendCommandsAndAManagerCannotAudit() throws Exception {
        mvc.perform(post("/api/sample/commands").with(httpBasic("auditor", "auditor"))
                        .contentType(MediaType.APPLICATION_JSON).content(SAMPLE_COMMAND))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sample/audit").with(httpBasic("manager", "manager")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void managersAndAuditorsMayDoWhatViewersMay() throws Exception {
        mvc.perform(get("/api/sample/status").with(httpBasic("manager", "manager"))).andExpect(status().isOk());
        mvc.perform(get("/api/sample/status").with(httpBasic("auditor", "auditor"))).andExpect(status().isOk());
        mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer"))).andExpect(status().isOk());
    }

    @Test
    void anAdminMayDoWhatManagersAndAuditorsMay() throws Exception {
        mvc.perform(post("/api/sample/commands").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(SAMPLE_COMMAND))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("NI130"));
        mvc.perform(get("/api/sample/audit").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/sample/status").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void healthIsOpenToEveryone() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void prometheusNeedsAnAdminOrAScraper() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("viewer", "viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("metrics", "metrics"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void otherActuatorEndpointsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/info").with(httpBasic("manager", "manager")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/actuator/info").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void noSessionIsCreated() throws Exception {
        mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }
}
