package io.outturn.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With an issuer configured, bearer tokens are accepted beside HTTP Basic and their {@code roles} claim decides.
 * The decoder stands in for the issuer's keys: token text {@code auditor-token} is a valid token for an auditor.
 */
@SpringBootTest(properties = "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.example.gov.uk")
@AutoConfigureMockMvc
@Import(BearerTokenTest.IssuerKeys.class)
class BearerTokenTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class IssuerKeys {

        @Bean
        JwtDecoder jwtDecoder() {
            return token -> {
                if (!token.equals("auditor-token")) {
                    throw new BadJwtException("signature does not verify");
                }
                return Jwt.withTokenValue(token)
                        .header("alg", "RS256")
                        .subject("internal.audit")
                        .claim("roles", List.of("AUDITOR"))
                        .issuedAt(Instant.parse("2012-07-20T09:00:00Z"))
                        .expiresAt(Instant.parse("2999-01-01T00:00:00Z"))
                        .build();
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aTokensRolesClaimGrantsItsRolesAndWhatTheyImply() throws Exception {
        mvc.perform(get("/api/sample/audit").header("Authorization", "Bearer auditor-token"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/sample/status").header("Authorization", "Bearer auditor-token"))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenDoesNotGrantRolesItsClaimDoesNotName() throws Exception {
        mvc.perform(get("/api/sample/withdrawals").param("reason", "x").header("Authorization", "Bearer auditor-token"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void aBadTokenIsUnauthenticatedWithBothChallenges() throws Exception {
        mvc.perform(get("/api/sample/status").header("Authorization", "Bearer forged-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(startsWith("Basic"))))
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(startsWith("Bearer"))));
    }

    @Test
    void httpBasicStillWorks() throws Exception {
        mvc.perform(get("/api/sample/status").with(httpBasic("viewer", "viewer"))).andExpect(status().isOk());
    }
}
