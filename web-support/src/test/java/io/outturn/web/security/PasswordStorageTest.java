package io.outturn.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user's password stays encoded as configured after they log in: no re-encoding to bcrypt behind the scenes,
 * which would make every later HTTP Basic request pay a bcrypt check.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability
class PasswordStorageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aNoopPasswordIsStillNoopAfterItsUserHasLoggedIn() throws Exception {
        mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer"))).andExpect(status().isOk());
        mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer"))).andExpect(status().isOk());

        assertThat(users.loadUserByUsername("viewer").getPassword()).isEqualTo("{noop}viewer");
        assertThat(users).isNotInstanceOf(UserDetailsPasswordService.class);
    }
}
