package io.outturn.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void anAdminHoldsEveryRole() {
        assertThat(reachable("ROLE_ADMIN"))
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_AUDITOR", "ROLE_APPROVER", "ROLE_VIEWER",
                        "ROLE_METRICS");
    }

    @Test
    void aScraperReadsMetricsAndIsNoViewer() {
        assertThat(reachable("ROLE_METRICS")).containsExactly("ROLE_METRICS");
    }

    @Test
    void anApproverIsAlsoAViewerButNeitherAManagerNorAnAuditor() {
        assertThat(reachable("ROLE_APPROVER")).containsExactlyInAnyOrder("ROLE_APPROVER", "ROLE_VIEWER");
    }

    @Test
    void aManagerIsAlsoAViewerButNotAnAuditor() {
        assertThat(reachable("ROLE_MANAGER")).containsExactlyInAnyOrder("ROLE_MANAGER", "ROLE_VIEWER");
    }

    @Test
    void anAuditorIsAlsoAViewerButNotAManager() {
        assertThat(reachable("ROLE_AUDITOR")).containsExactlyInAnyOrder("ROLE_AUDITOR", "ROLE_VIEWER");
    }

    @Test
    void aViewerIsOnlyAViewer() {
        assertThat(reachable("ROLE_VIEWER")).containsExactly("ROLE_VIEWER");
    }

    private static Set<String> reachable(String role) {
        Collection<? extends GrantedAuthority> authorities =
                Roles.hierarchy().getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList(role));
        return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
