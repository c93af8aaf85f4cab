package nl.werkpad.access;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person behind the current request, however they logged in (local password, OpenID Connect
 * session or bearer token). Other modules use this to know who acts, e.g. for the processing log.
 * Serializable because it travels inside the HTTP session, which lives in PostgreSQL for every node of a cluster.
 */
public record SignedInUser(UUID accountId, String username, String displayName, Set<Role> roles)
        implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** Implemented by every principal Werkpad puts in the security context. */
    public interface Principal {
        SignedInUser signedInUser();
    }

    public static Optional<SignedInUser> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<SignedInUser> from(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Principal principal) {
            return Optional.of(principal.signedInUser());
        }
        return Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
