package nl.werkpad.access.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads local accounts for form log-in and HTTP Basic (through {@link ThrottledLogin}). OIDC accounts have no password. */
@Service
class LocalAccountDetailsService implements UserDetailsService {

    private final AccountStore accounts;

    LocalAccountDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.credentials(username)
                .filter(credentials -> credentials.passwordHash() != null)
                // never "locked": waiting is the ThrottledLogin's, and it answers like a wrong password
                .map(credentials -> new LocalUser(credentials.account(), credentials.passwordHash(), true))
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
