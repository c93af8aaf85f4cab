package nl.werkpad.access.security;

import java.time.Clock;
import java.time.Instant;
import nl.werkpad.access.domain.LoginThrottle;
import nl.werkpad.access.domain.LoginThrottle.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords (form and HTTP Basic alike, for known and unknown user names) per account at the address,
 * per address and per account, for the {@link LoginThrottle}; a good log-in clears its own address's counter.
 */
@Component
class LoginAttempts {

    private final AccountStore accounts;
    private final LoginCounterStore counters;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginAttempts(AccountStore accounts, LoginCounterStore counters, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.counters = counters;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = ThrottledLogin.key(
                event.getAuthentication().getName() == null
                        ? ""
                        : event.getAuthentication().getName());
        String address = ThrottledLogin.address(event.getAuthentication());
        Instant now = clock.instant();
        counters.recordFailure(
                Scope.ACCOUNT_AT_ADDRESS, LoginThrottle.accountAtAddress(username, address), throttle, now);
        counters.recordFailure(Scope.ADDRESS, address, throttle, now);
        counters.recordFailure(Scope.ACCOUNT, username, throttle, now);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LocalUser user) {
            accounts.recordSuccess(user.signedInUser().accountId(), clock.instant());
            counters.forget(
                    Scope.ACCOUNT_AT_ADDRESS,
                    LoginThrottle.accountAtAddress(
                            ThrottledLogin.key(user.getUsername()), ThrottledLogin.address(event.getAuthentication())));
        }
    }
}
