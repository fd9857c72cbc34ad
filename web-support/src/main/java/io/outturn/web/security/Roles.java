package io.outturn.web.security;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/** Outturn's roles and how they include one another. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String VIEWER = "VIEWER";
    /** A metrics scraper: reads {@code /actuator/prometheus} and nothing else. */
    public static final String METRICS = "METRICS";

    private Roles() {
    }

    /**
     * ADMIN > MANAGER > VIEWER and ADMIN > AUDITOR > VIEWER: whoever may change or audit may also read. METRICS
     * stands apart (a scraper reads no data), below ADMIN only.
     */
    public static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN).implies(MANAGER, AUDITOR, METRICS)
                .role(MANAGER).implies(VIEWER)
                .role(AUDITOR).implies(VIEWER)
                .build();
    }
}
