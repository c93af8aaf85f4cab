package nl.werkpad.access.security;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkpad.access.Account;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Turns the claims of an OpenID Connect identity (ID token or access token) into a Werkpad
 * account and roles: the roles claim is mapped through the configured role mapping, and the
 * account is created or refreshed so every person has one stable account id.
 */
final class OidcRoles {

    private final AccessProperties.Oidc oidc;
    private final AccountStore accounts;
    private final Clock clock;

    OidcRoles(AccessProperties.Oidc oidc, AccountStore accounts, Clock clock) {
        this.oidc = oidc;
        this.accounts = accounts;
        this.clock = clock;
    }

    Set<Role> rolesFrom(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claims.get(oidc.rolesClaim()))) {
            Optional.ofNullable(oidc.roleMapping().get(value))
                    .or(() -> roleNamed(value))
                    .ifPresent(roles::add);
        }
        return roles;
    }

    SignedInUser signIn(Map<String, Object> claims) {
        String issuer = String.valueOf(claims.get("iss"));
        String subject = String.valueOf(claims.get("sub"));
        String username = Optional.ofNullable(claims.get(oidc.usernameClaim()))
                .map(String::valueOf)
                .orElse(subject);
        String displayName =
                Optional.ofNullable(claims.get("name")).map(String::valueOf).orElse(username);
        Account account = accounts.upsertExternal(
                issuer + "|" + subject, username, displayName, rolesFrom(claims), clock.instant());
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.roles());
    }

    static List<SimpleGrantedAuthority> authorities(SignedInUser user) {
        return user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim).split("[ ,]+"));
    }

    private static Optional<Role> roleNamed(String value) {
        try {
            return Optional.of(Role.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notARole) {
            return Optional.empty();
        }
    }
}
