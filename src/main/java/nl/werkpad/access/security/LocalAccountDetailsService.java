package nl.werkpad.access.security;

import java.time.Clock;
import nl.werkpad.access.domain.LoginThrottle;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads local accounts for form log-in and HTTP Basic. Accounts from OpenID Connect have no password. */
@Service
class LocalAccountDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final Clock clock;

    LocalAccountDetailsService(AccountStore accounts, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.credentials(username)
                .filter(credentials -> credentials.passwordHash() != null)
                .map(credentials -> new LocalUser(credentials.account(), credentials.passwordHash(),
                        throttle.mayTry(credentials.account().lockedUntil(), clock.instant()).isAllowed()))
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
