package io.outturn.command.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whose indicators and programmes a command may change. A command carries, in its metadata under
 * {@link #SCOPE_KEY}, the organisations its sender is restricted to (taken from the sender's authentication when it
 * was sent, never from the request); a command without that key is unrestricted, as every command was before
 * organisations could be scoped. A restricted command may change only what belongs to one of its organisations,
 * and may create only for one of them.
 */
public final class OrganisationPolicy {

    /** The metadata key of the sender's organisations; never copied onto events. */
    public static final String SCOPE_KEY = "organisationScope";

    private OrganisationPolicy() {
    }

    /**
     * @param metadata     the command's metadata
     * @param organisation whose the aggregate is (or will be, for a creation); null when that is not known
     * @throws RejectedException OUTSIDE_SCOPE when the sender may not change what belongs to {@code organisation}
     */
    public static void requireWithin(Map<String, ?> metadata, String organisation) {
        Collection<?> scope = scopeOf(metadata);
        if (scope == null || organisation == null || scope.contains(organisation)) {
            return;
        }
        throw new RejectedException(Rejection.Code.OUTSIDE_SCOPE, "organisation",
                "this belongs to an organisation you may not change");
    }

    private static Collection<?> scopeOf(Map<String, ?> metadata) {
        Object scope = metadata.get(SCOPE_KEY);
        if (scope == null) {
            return null;
        }
        if (scope instanceof Collection<?> organisations) {
            return organisations;
        }
        // A scope that cannot be read restricts to nothing rather than to everything.
        return List.of();
    }
}
