package nl.werkpad.access.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Account;
import nl.werkpad.access.Role;

/** What the log-in machinery needs from the account table, beyond the public {@code Accounts}. */
public interface AccountStore {

    record Credentials(Account account, String passwordHash) {}

    Optional<Credentials> credentials(String username);

    void recordSuccess(UUID accountId, Instant now);

    /** Creates or refreshes the account of a person who logged in through OpenID Connect. */
    Account upsertExternal(String subject, String username, String displayName, Set<Role> roles, Instant now);
}
