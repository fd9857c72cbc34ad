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
    /** Approves or rejects revisions proposed by someone else (two people for in-year easing). */
    public static final String APPROVER = "APPROVER";

    private Roles() {
    }

    /**
     * ADMIN > MANAGER > VIEWER, ADMIN > AUDITOR > VIEWER and ADMIN > APPROVER > VIEWER: whoever may change, audit or
     * approve may also read. An approver is not a manager (approving is not proposing), and an admin may approve,
     * though never their own proposal. METRICS stands apart (a scraper reads no data), below ADMIN only.
     */
    public static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN).implies(MANAGER, AUDITOR, APPROVER, METRICS)
                .role(MANAGER).implies(VIEWER)
                .role(AUDITOR).implies(VIEWER)
                .role(APPROVER).implies(VIEWER)
                .build();
    }
}
