package nl.werkpad.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account as other modules and the administrator see it (never its password hash). */
public record Account(
        UUID id,
        String username,
        String displayName,
        Set<Role> roles,
        boolean local,
        boolean enabled,
        boolean mustChangePassword,
        Instant lockedUntil,
        Instant lastLoginAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
