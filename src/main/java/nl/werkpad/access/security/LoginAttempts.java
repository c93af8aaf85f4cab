package nl.werkpad.access.security;

import java.time.Clock;
import nl.werkpad.access.domain.LoginThrottle;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords (form and HTTP Basic alike) and locks accounts per the {@link LoginThrottle}. */
@Component
class LoginAttempts {

    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginAttempts(AccountStore accounts, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName(), throttle, clock.instant());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LocalUser user) {
            accounts.recordSuccess(user.signedInUser().accountId(), clock.instant());
        }
    }
}
