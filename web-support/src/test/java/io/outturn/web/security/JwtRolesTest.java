package io.outturn.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JwtRolesTest {

    @Test
    void rolesComeFromTheRolesClaimAndTheNameFromTheSubject() {
        Jwt jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("performance.officer")
                .claim("roles", List.of("MANAGER", "AUDITOR"))
                .issuedAt(Instant.parse("2012-07-20T09:00:00Z"))
                .expiresAt(Instant.parse("2012-07-20T10:00:00Z"))
                .build();

        var authentication = SecurityConfiguration.rolesFromClaim().convert(jwt);

        assertThat(authentication.getName()).isEqualTo("performance.officer");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_MANAGER", "ROLE_AUDITOR");
    }

    @Test
    void organisationsComeFromTheOrganisationsClaimAndRestrictTheUser() {
        Jwt jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("asch.manager")
                .claim("roles", List.of("MANAGER"))
                .claim("organisations", List.of(
                        "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)"))
                .issuedAt(Instant.parse("2012-07-20T09:00:00Z"))
                .expiresAt(Instant.parse("2012-07-20T10:00:00Z"))
                .build();

        var authentication = SecurityConfiguration.rolesFromClaim().convert(jwt);
        OrganisationScope scope = OrganisationScope.of(authentication);

        assertThat(scope.restricted()).isTrue();
        assertThat(scope.includes(
                "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)")).isTrue();
        assertThat(scope.includes("Cambridgeshire County Council - Social Services Department")).isFalse();
        assertThat(OrganisationScope.of(SecurityConfiguration.rolesFromClaim().convert(Jwt.withTokenValue("t")
                .header("alg", "RS256").subject("someone").claim("roles", List.of("VIEWER")).build())).restricted())
                .isFalse();
    }

    @Test
    void bearerTokensAreAcceptedOnlyWhenAnIssuerIsConfigured() {
        assertThat(SecurityConfiguration.isJwtEnabled(new MockEnvironment())).isFalse();
        assertThat(SecurityConfiguration.isJwtEnabled(new MockEnvironment()
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", " "))).isFalse();
        assertThat(SecurityConfiguration.isJwtEnabled(new MockEnvironment()
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://login.example.gov.uk")))
                .isTrue();
    }
}
