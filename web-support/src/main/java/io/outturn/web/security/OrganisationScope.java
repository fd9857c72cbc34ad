package io.outturn.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The organisations a user may see and change (issue 9, point 12: a council's service managers own their own
 * service's indicators, not every organisation's). A user configured with organisations
 * ({@code outturn.security.users[n].organisations}, or a JWT's {@code organisations} claim) is restricted to them:
 * its commands for anything else are refused, and its reads show nothing else. A user configured with none keeps
 * the whole of Outturn, as before. The organisations travel with the authentication as authorities
 * {@code ORGANISATION:<name>}, beside its roles.
 *
 * @param organisations the organisations the user is restricted to; empty when it is not restricted
 */
public record OrganisationScope(Set<String> organisations) {

    static final String AUTHORITY_PREFIX = "ORGANISATION:";

    /** Every organisation: a user configured without any. */
    public static final OrganisationScope UNRESTRICTED = new OrganisationScope(Set.of());

    public OrganisationScope {
        organisations = Set.copyOf(new TreeSet<>(organisations));
    }

    /** The scope of the request being handled on this thread; unrestricted when nobody is authenticated. */
    public static OrganisationScope current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static OrganisationScope of(Authentication authentication) {
        if (authentication == null) {
            return UNRESTRICTED;
        }
        return new OrganisationScope(authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(AUTHORITY_PREFIX))
                .map(authority -> authority.substring(AUTHORITY_PREFIX.length()))
                .collect(Collectors.toSet()));
    }

    /** The authorities that carry {@code organisations} with an authentication. */
    static List<GrantedAuthority> authorities(Collection<String> organisations) {
        return organisations.stream().filter(name -> name != null && !name.isBlank())
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority(AUTHORITY_PREFIX + name.strip()))
                .toList();
    }

    public boolean restricted() {
        return !organisations.isEmpty();
    }

    /** Whether the user may see and change what belongs to {@code organisation}. */
    public boolean includes(String organisation) {
        return !restricted() || organisations.contains(organisation);
    }
}
