package nl.werkpad.access.security;

import java.time.Duration;
import java.util.Map;
import nl.werkpad.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people log in.
 *
 * @param localAccounts log-in with a Werkpad user name and password (pages and HTTP Basic for the API);
 *                      switch off when everyone comes through OpenID Connect
 * @param passwordStrength bcrypt's cost for new password hashes (log2 of its rounds, 4 to 31): each step doubles the
 *                         work of a log-in and of an attacker's guess alike. 10 is Spring Security's default; the
 *                         tests use 4, the least, since they log in thousands of times with passwords that protect
 *                         nothing. A hash keeps the cost it was made with, so a change applies to new passwords.
 */
@ConfigurationProperties("werkpad.access")
public record AccessProperties(
        @DefaultValue("true") boolean localAccounts,
        @DefaultValue("10") int passwordStrength,
        @DefaultValue Lockout lockout,
        @DefaultValue Oidc oidc) {

    /**
     * Wrong passwords per account at one address, per address and per account before the key waits, the first
     * wait (doubling with each further failure up to the longest) and when a counter is forgotten. See
     * {@link nl.werkpad.access.domain.LoginThrottle}.
     */
    public record Lockout(
            @DefaultValue("5") int perAccountAtAddress,
            @DefaultValue("20") int perAddress,
            @DefaultValue("100") int perAccount,
            @DefaultValue("1m") Duration firstDelay,
            @DefaultValue("1h") Duration longestDelay,
            @DefaultValue("24h") Duration forgetAfter) {}

    /**
     * OpenID Connect: for page log-in (authorization code flow) and API bearer tokens.
     *
     * @param rolesClaim  the claim with the person's groups or roles (a list or a single string)
     * @param roleMapping claim value to Werkpad role, e.g. {@code werkpad-advisors: ADVISEUR}; a
     *                    value that equals a role name (any case) maps to that role without an entry
     */
    public record Oidc(
            @DefaultValue("") String issuerUri,
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue Map<String, Role> roleMapping) {

        public boolean enabled() {
            return !issuerUri.isBlank();
        }
    }
}
