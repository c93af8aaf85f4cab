package nl.werkpad.access.security;

import java.time.Clock;
import nl.werkpad.access.domain.LoginThrottle;
import nl.werkpad.access.domain.LoginThrottle.Scope;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password log-in (form and HTTP Basic) behind the {@link LoginThrottle}: while a key waits the password is not
 * even checked and the answer is exactly that of a wrong password, so waiting, wrong and unknown look alike and
 * the right password cannot be confirmed by guessing on. Wrong passwords are counted by {@link LoginAttempts}.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

    static final String SAME_ANSWER = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final LoginCounterStore counters;
    private final LoginThrottle throttle;
    private final Clock clock;

    ThrottledLogin(
            LocalAccountDetailsService users,
            PasswordEncoder encoder,
            LoginCounterStore counters,
            LoginThrottle throttle,
            Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.counters = counters;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = address(authentication);
        var waits = throttle.waitsUntil(
                counters.counter(Scope.ACCOUNT_AT_ADDRESS, LoginThrottle.accountAtAddress(username, address)),
                counters.counter(Scope.ADDRESS, address),
                counters.counter(Scope.ACCOUNT, key(username)),
                clock.instant());
        if (waits.isPresent()) {
            throw new BadCredentialsException(SAME_ANSWER);
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the servlet container has it (behind a proxy: from the trusted forwarded headers). */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    static String key(String username) {
        String lower = username.toLowerCase(java.util.Locale.ROOT);
        return lower.length() > 300 ? lower.substring(0, 300) : lower;
    }
}
